package nl.samenspraak.tool.admin;

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

/** The issuer and client_id are registered already: 409 problem+json. */
@Provider
public class DuplicateRegistrationMapper implements ExceptionMapper<DuplicateRegistrationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DuplicateRegistrationException exception) {
        boolean english = Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)) == Language.EN;
        String detail = english
                ? "Issuer " + exception.issuer() + " with client ID " + exception.clientId()
                + " is registered already. Change that registration instead."
                : "Issuer " + exception.issuer() + " met client-ID " + exception.clientId()
                + " is al geregistreerd. Wijzig die registratie in plaats daarvan.";
        return new Problem("about:blank", "Conflict", 409, detail, uriInfo.getRequestUri().getRawPath(),
                List.of(new Problem.FieldError("clientId", english ? "registered already" : "al geregistreerd")))
                .toResponse();
    }
}
