package nl.samenspraak.program.content.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the problems the checks of one pack file find. */
final class Findings {

    private final String file;
    private final List<PackProblem> problems = new ArrayList<>();

    Findings(String file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    void report(PackNode at, String message) {
        report(at.path(), message);
    }

    void report(String jsonPath, String message) {
        problems.add(new PackProblem(file, jsonPath, message));
    }

    List<PackProblem> problems() {
        return List.copyOf(problems);
    }
}
