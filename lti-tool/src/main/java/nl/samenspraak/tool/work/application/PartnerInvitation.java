package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A teacher's invitation to a colleague of the course to become coaching partners in one peer-coaching
 * assignment. Only an accepted invitation makes the pair, and with it the observations between them.
 */
public record PartnerInvitation(long id, long inviterId, long inviteeId, Status status, Instant sentAt) {

    /** Where an invitation stands: open until the colleague answers or the sender withdraws it. */
    public enum Status {
        OPEN,
        ACCEPTED,
        DECLINED,
        WITHDRAWN
    }

    public PartnerInvitation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** The other one of the two. */
    public long otherThan(long userId) {
        return userId == inviterId ? inviteeId : inviterId;
    }
}
