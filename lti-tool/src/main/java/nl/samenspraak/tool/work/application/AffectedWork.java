package nl.samenspraak.tool.work.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The work a use case may have changed, gathered while it runs: the teacher's own, and others' where their
 * progress depends on it (a partner's observation). Each is recorded once, in the order named.
 */
final class AffectedWork {

    /** One teacher's work in one assignment. */
    record Key(WorkScope scope, String assignmentId) {

        Key {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(assignmentId, "assignmentId");
        }
    }

    private final Set<Key> keys = new LinkedHashSet<>();

    void add(WorkScope scope, String assignmentId) {
        keys.add(new Key(scope, assignmentId));
    }

    List<Key> keys() {
        return List.copyOf(keys);
    }
}
