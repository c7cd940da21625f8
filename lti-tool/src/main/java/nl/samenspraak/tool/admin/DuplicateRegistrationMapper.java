package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.lti.registration.DuplicateRegistrationException;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** The issuer and client_id are registered already: 409 problem+json. */
@Provider
public class DuplicateRegistrationMapper implements ExceptionMapper<DuplicateRegistrationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Inject
    Texts texts;

    @Override
    public Response toResponse(DuplicateRegistrationException exception) {
        Language language = Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = texts.of(TextKey.DUPLICATE_REGISTRATION, exception.issuer(), exception.clientId()).in(language);
        String field = texts.of(TextKey.DUPLICATE_REGISTRATION_FIELD).in(language);
        return new Problem("about:blank", "Conflict", 409, detail, uriInfo.getRequestUri().getRawPath(),
                List.of(new Problem.FieldError("clientId", field))).toResponse();
    }
}
