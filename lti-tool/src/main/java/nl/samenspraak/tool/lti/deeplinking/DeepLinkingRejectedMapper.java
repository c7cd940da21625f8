package nl.samenspraak.tool.lti.deeplinking;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.lti.session.CurrentSession;

/** A refused picker call as problem+json naming the field, in {@code ?lang=} or else the launch's language. */
@Provider
public class DeepLinkingRejectedMapper implements ExceptionMapper<DeepLinkingRejectedException> {

    @Context
    UriInfo uriInfo;

    @Inject
    CurrentSession session;

    @Override
    public Response toResponse(DeepLinkingRejectedException exception) {
        String lang = uriInfo.getQueryParameters().getFirst("lang");
        Language language = lang != null && !lang.isBlank() ? Language.fromTag(lang) : session.get().language();
        Response.Status status = switch (exception.reason()) {
            case UNKNOWN_REQUEST -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case ANSWERED -> Response.Status.CONFLICT;
            case INVALID_INPUT -> Response.Status.BAD_REQUEST;
        };
        String detail = exception.detail().in(language);
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                uriInfo.getRequestUri().getRawPath(),
                exception.field().map(field -> List.of(new Problem.FieldError(field, detail))).orElse(List.of()))
                .toResponse();
    }
}
