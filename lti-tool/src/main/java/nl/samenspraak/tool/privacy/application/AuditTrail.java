package nl.samenspraak.tool.privacy.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who opened, exported or erased whose work, and when. Any use case that shows a teacher's work to someone
 * else calls {@link #record} in its own transaction (the records are part of what it does, not a log).
 */
public interface AuditTrail {

    /** One record per subject, all with the same moment; nothing when there are no subjects. */
    void record(Actor actor, AuditAction action, Collection<Long> subjectUserIds, Optional<Long> contextId);

    /** What was done to the teacher's work by someone else, newest first. */
    List<AuditEntry> about(long subjectUserId);
}
