package nl.samenspraak.tool.interfaces.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request body that is not the JSON the endpoint takes: 400 problem+json naming the field (as a JSON
 * path such as {@code answers[2].text}) or the place where the JSON breaks.
 */
@Provider
public class JsonBodyErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (exception instanceof JsonParseException parse) {
            var location = parse.getLocation();
            return new Problem("about:blank", "Bad Request", 400, "The body is not valid JSON (line "
                    + location.getLineNr() + ", column " + location.getColumnNr() + "). Send a JSON object.",
                    path, null).toResponse();
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String message = exception instanceof UnrecognizedPropertyException
                    ? "is not a field of this request" : "has the wrong type";
            return new Problem("about:blank", "Bad Request", 400, "The field '" + field + "' " + message + ".",
                    path, List.of(new Problem.FieldError(field, message))).toResponse();
        }
        return new Problem("about:blank", "Bad Request", 400, "The body does not have the form this request takes.",
                path, null).toResponse();
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
