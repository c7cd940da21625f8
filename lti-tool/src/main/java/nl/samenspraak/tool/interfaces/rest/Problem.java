package nl.samenspraak.tool.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error body as RFC 9457 describes it. {@code detail} is written for the person who sees it: what is
 * wrong and what to do. {@code errors} names the fields of a request that were wrong, when there are any.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong field of a request: a JSON path or parameter name, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
