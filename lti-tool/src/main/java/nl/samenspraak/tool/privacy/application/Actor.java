package nl.samenspraak.tool.privacy.application;

import java.util.Objects;
import java.util.Optional;

/**
 * Who did something to a teacher's data: a teacher or trainer (a platform user of the tool), the
 * administrator (who has no platform account), or the retention run.
 */
public record Actor(Kind kind, Optional<Long> userId) {

    public enum Kind {
        TEACHER,
        TRAINER,
        ADMINISTRATOR,
        RETENTION
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userId, "userId");
    }

    public static Actor teacher(long userId) {
        return new Actor(Kind.TEACHER, Optional.of(userId));
    }

    public static Actor trainer(long userId) {
        return new Actor(Kind.TRAINER, Optional.of(userId));
    }

    public static Actor administrator() {
        return new Actor(Kind.ADMINISTRATOR, Optional.empty());
    }

    public static Actor retention() {
        return new Actor(Kind.RETENTION, Optional.empty());
    }
}
