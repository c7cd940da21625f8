package nl.samenspraak.tool.lti.registration;

import java.util.List;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.LocalizedText;

/** A registration or deployment was refused; each problem names the field and what is wrong with it. */
public class InvalidRegistrationException extends RuntimeException {

    /** One wrong field, named as the admin API names it. */
    public record FieldProblem(String field, LocalizedText message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidRegistrationException(List<FieldProblem> problems) {
        super(problems.stream().map(problem -> problem.field() + ": " + problem.message().en().orElse(problem.message().nl()))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
