package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.observerlink.ObserverLinkRejectedException;

/**
 * An observer's link that does not open the form, as problem+json whose {@code type} tells the phone page
 * which page to show ({@code ...:invalid}, {@code :expired}, {@code :revoked}, {@code :too-many}), in the
 * link's language when it could be read, else the browser's.
 */
@Provider
public class ObserverLinkRejectedMapper implements ExceptionMapper<ObserverLinkRejectedException> {

    static final String TYPE = "urn:samenspraak:observer-link:";

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Inject
    Texts texts;

    @Override
    public Response toResponse(ObserverLinkRejectedException exception) {
        Response.Status status = switch (exception.reason()) {
            case INVALID -> Response.Status.UNAUTHORIZED;
            case EXPIRED, REVOKED -> Response.Status.GONE;
            case TOO_MANY -> Response.Status.TOO_MANY_REQUESTS;
        };
        Language language = exception.reason() == ObserverLinkRejectedException.Reason.INVALID
                ? Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)) : exception.language();
        String lang = uriInfo.getQueryParameters().getFirst("lang");
        if (lang != null && !lang.isBlank()) {
            language = Language.fromTag(lang);
        }
        LocalizedText askNew = texts.of(TextKey.OBSERVER_LINK_REJECTED_ASK_NEW);
        LocalizedText detail = switch (exception.reason()) {
            case INVALID -> texts.of(TextKey.OBSERVER_LINK_REJECTED_INVALID, askNew);
            case EXPIRED -> texts.of(TextKey.OBSERVER_LINK_REJECTED_EXPIRED, askNew);
            case REVOKED -> texts.of(TextKey.OBSERVER_LINK_REJECTED_REVOKED, askNew);
            case TOO_MANY -> texts.of(TextKey.OBSERVER_LINK_REJECTED_TOO_MANY);
        };
        return new Problem(TYPE + exception.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                status.getReasonPhrase(), status.getStatusCode(), detail.in(language),
                uriInfo.getRequestUri().getRawPath(), null).toResponse();
    }
}
