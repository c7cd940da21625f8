package nl.samenspraak.tool.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own refusals (no such path, wrong method, wrong media type) as problem+json with a readable detail. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String path = uriInfo.getRequestUri().getRawPath();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        Problem problem = new Problem("about:blank", title, status, detail(status, path), path, null);
        return problem.toResponse();
    }

    private static String detail(int status, String path) {
        return switch (status) {
            case 404 -> "There is nothing at " + path + ". Check the address; GET /api/catalog lists what there is.";
            case 405 -> "This method is not allowed on " + path + ".";
            case 406 -> path + " answers in JSON only: accept application/json.";
            case 415 -> "Send the body as application/json.";
            default -> "The request to " + path + " cannot be handled (HTTP " + status + ").";
        };
    }
}
