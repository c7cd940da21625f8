package nl.samenspraak.tool.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by a resource to answer with a problem; the mapper adds the request path and any extra headers. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, Object> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    private ProblemException(Problem problem, Map<String, Object> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /** The same problem with a response header, such as Retry-After. */
    public ProblemException withHeader(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(problem, more);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, Object> headers() {
        return headers;
    }
}
