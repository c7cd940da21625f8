package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.work.application.StaleDraftException;
import nl.samenspraak.tool.work.application.WorkRejectedException;

/**
 * A refused change to a teacher's work as problem+json, naming each field, in the language the work API
 * answers in: {@code ?lang=} when given, else the launch's (not the browser's, which may differ from the page's).
 */
@Provider
public class WorkRejectedMapper implements ExceptionMapper<WorkRejectedException> {

    @Context
    UriInfo uriInfo;

    @Inject
    CurrentSession session;

    @Override
    public Response toResponse(WorkRejectedException exception) {
        String lang = uriInfo.getQueryParameters().getFirst("lang");
        Language language = lang != null && !lang.isBlank() ? Language.fromTag(lang) : session.get().language();
        return toResponse(exception, language, uriInfo.getRequestUri().getRawPath());
    }

    /** The refusal in the language given: for a resource that knows the language without a session. */
    static Response toResponse(WorkRejectedException exception, Language language, String path) {
        Response.Status status = switch (exception.reason()) {
            case UNKNOWN_ASSIGNMENT, UNKNOWN_PART -> Response.Status.NOT_FOUND;
            case INVALID_INPUT -> Response.Status.BAD_REQUEST;
            case ALREADY_SUBMITTED, NOT_READY, ALREADY_THERE, STALE_DRAFT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
        };
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                exception.detail().in(language), path,
                exception.issues().stream().map(issue -> new Problem.FieldError(issue.field(),
                        issue.message().in(language))).toList());
        if (exception instanceof StaleDraftException stale) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(new StaleDraftProblem(problem,
                    StaleDraftProblem.Current.of(stale.newer()))).build();
        }
        return problem.toResponse();
    }
}
