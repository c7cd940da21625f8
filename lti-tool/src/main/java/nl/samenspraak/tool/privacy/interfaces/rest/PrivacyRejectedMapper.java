package nl.samenspraak.tool.privacy.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.privacy.application.PrivacyRejectedException;

/**
 * A refused privacy request as problem+json, naming the parameter, in {@code ?lang=} or else the
 * request's {@code Accept-Language} (the pages send both in the page's language).
 */
@Provider
public class PrivacyRejectedMapper implements ExceptionMapper<PrivacyRejectedException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PrivacyRejectedException exception) {
        String lang = uriInfo.getQueryParameters().getFirst("lang");
        Language language = Language.fromTag(lang != null && !lang.isBlank() ? lang
                : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Response.Status status = switch (exception.reason()) {
            case UNKNOWN_TEACHER -> Response.Status.NOT_FOUND;
            case INVALID_INPUT -> Response.Status.BAD_REQUEST;
        };
        String detail = exception.detail().in(language);
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                uriInfo.getRequestUri().getRawPath(), exception.field() == null ? List.of()
                : List.of(new Problem.FieldError(exception.field(), detail))).toResponse();
    }
}
