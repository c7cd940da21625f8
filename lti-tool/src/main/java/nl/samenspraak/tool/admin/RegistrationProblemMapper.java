package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.lti.registration.InvalidRegistrationException;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** A refused registration: 400 problem+json with each wrong field, in the request's language. */
@Provider
public class RegistrationProblemMapper implements ExceptionMapper<InvalidRegistrationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Inject
    Texts texts;

    @Override
    public Response toResponse(InvalidRegistrationException exception) {
        Language language = Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = texts.of(TextKey.REGISTRATION_PROBLEM_NOT_SAVED).in(language);
        return new Problem("about:blank", "Bad Request", 400, detail, uriInfo.getRequestUri().getRawPath(),
                exception.problems().stream().map(problem -> new Problem.FieldError(problem.field(),
                        problem.message().in(language))).toList()).toResponse();
    }
}
