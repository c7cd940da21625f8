package nl.samenspraak.program.content;

import java.util.List;
import java.util.Objects;

/** A quickscan theme: the statements whose mean is the theme's result. */
public record Theme(String id, LocalizedText title, List<Statement> statements) {

    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        statements = List.copyOf(statements);
    }
}
