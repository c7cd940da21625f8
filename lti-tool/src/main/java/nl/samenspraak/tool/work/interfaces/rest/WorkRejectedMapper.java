package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.work.application.WorkRejectedException;

/** A refused change to a teacher's work as problem+json, in the request's language, naming each field. */
@Provider
public class WorkRejectedMapper implements ExceptionMapper<WorkRejectedException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WorkRejectedException exception) {
        String lang = uriInfo.getQueryParameters().getFirst("lang");
        Language language = lang != null ? Language.fromTag(lang)
                : Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Response.Status status = switch (exception.reason()) {
            case UNKNOWN_ASSIGNMENT, UNKNOWN_PART -> Response.Status.NOT_FOUND;
            case INVALID_INPUT -> Response.Status.BAD_REQUEST;
            case ALREADY_SUBMITTED, NOT_READY, ALREADY_THERE -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
        };
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                exception.detail().in(language), uriInfo.getRequestUri().getRawPath(),
                exception.issues().stream().map(issue -> new Problem.FieldError(issue.field(),
                        issue.message().in(language))).toList()).toResponse();
    }
}
