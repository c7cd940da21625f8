package nl.samenspraak.program.content.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects what the checks of one pack file find: problems, which reject the pack, and warnings, which
 * let it load but are worth fixing.
 */
final class Findings {

    private final String file;
    private final List<PackProblem> problems = new ArrayList<>();
    private final List<PackProblem> warnings = new ArrayList<>();

    Findings(String file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    void report(PackNode at, String message) {
        report(at.path(), message);
    }

    void report(String jsonPath, String message) {
        problems.add(new PackProblem(file, jsonPath, message));
    }

    void warn(PackNode at, String message) {
        warnings.add(new PackProblem(file, at.path(), message));
    }

    List<PackProblem> problems() {
        return List.copyOf(problems);
    }

    List<PackProblem> warnings() {
        return List.copyOf(warnings);
    }
}
