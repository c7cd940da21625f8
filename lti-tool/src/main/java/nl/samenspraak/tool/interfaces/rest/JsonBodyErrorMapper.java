package nl.samenspraak.tool.interfaces.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.web.RequestSizeFilter;

/**
 * A request body that is not the JSON the endpoint takes: 400 problem+json naming the field (as a JSON
 * path such as {@code answers[2].text}) or the place where the JSON breaks; 413 when it is too long.
 */
@Provider
public class JsonBodyErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return problem(exception, uriInfo.getRequestUri().getRawPath()).toResponse();
    }

    /** The problem for a request to {@code path}; apart from the response, so that it is tested without a server. */
    Problem problem(JsonProcessingException exception, String path) {
        if (tooLong(exception)) {
            return new Problem("about:blank", "Content Too Large", 413, "The body is too large: at most "
                    + RequestSizeFilter.MAX_JSON_BYTES / 1024 + " KB.", path, null);
        }
        Optional<JsonParseException> parseError = parseError(exception);
        if (parseError.isPresent()) {
            var location = parseError.get().getLocation();
            return new Problem("about:blank", "Bad Request", 400, "The body is not valid JSON (line "
                    + location.getLineNr() + ", column " + location.getColumnNr() + "). Send a JSON object.",
                    path, null);
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String message = exception instanceof UnrecognizedPropertyException
                    ? "is not a field of this request" : "has the wrong type";
            return new Problem("about:blank", "Bad Request", 400, "The field '" + field + "' " + message + ".",
                    path, List.of(new Problem.FieldError(field, message)));
        }
        return new Problem("about:blank", "Bad Request", 400, "The body does not have the form this request takes.",
                path, null);
    }

    /** Jackson's document limit was hit; databind wraps it in a mapping error of the field being read. */
    private static boolean tooLong(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON that does not parse: Jackson reports JSON that breaks off inside a field's value as a mapping
     * error of that field, with the parse error as its cause.
     */
    private static Optional<JsonParseException> parseError(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
