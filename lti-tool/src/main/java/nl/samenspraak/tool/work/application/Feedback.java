package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One round of a trainer's feedback on a teacher's assignment: a draft until sent; the teacher sees it once
 * sent and may reply once.
 */
public record Feedback(long id, int round, long authorId, String text, Instant savedAt, Optional<Instant> sentAt,
                       Optional<Instant> seenAt, Optional<String> reply, Optional<Instant> repliedAt) {

    public Feedback {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(repliedAt, "repliedAt");
    }

    public boolean sent() {
        return sentAt.isPresent();
    }

    /** Where the latest round stands, as the course page shows it. */
    public enum Stage {
        NONE,
        DRAFT,
        SENT,
        REPLIED
    }

    public Stage stage() {
        return reply.isPresent() ? Stage.REPLIED : sent() ? Stage.SENT : Stage.DRAFT;
    }
}
