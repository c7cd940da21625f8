package nl.samenspraak.program.content.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a loading step: a value, or the problems that prevented it (never both, never neither).
 */
public record Checked<T>(Optional<T> value, List<PackProblem> problems) {

    public Checked {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("Either a value or problems, was " + value + " with " + problems);
        }
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(Optional.of(value), List.of());
    }

    public static <T> Checked<T> failed(List<PackProblem> problems) {
        return new Checked<>(Optional.empty(), problems);
    }

    public static <T> Checked<T> failed(PackProblem problem) {
        return failed(List.of(problem));
    }
}
