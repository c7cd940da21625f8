package nl.samenspraak.tool.work.application;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose work, where: a user in a course. The same teacher in two courses has two sets of work; a launch
 * without a course has its own.
 */
public record WorkScope(long userId, Optional<Long> contextId) {

    public WorkScope {
        Objects.requireNonNull(contextId, "contextId");
    }

    /** The key the database tells scopes apart by. */
    public String key() {
        return contextId.map(id -> "course:" + id).orElse("no-course");
    }
}
