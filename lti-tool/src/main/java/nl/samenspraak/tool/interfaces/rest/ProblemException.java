package nl.samenspraak.tool.interfaces.rest;

/** Thrown by a resource to answer with a problem; the mapper adds the request path. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
