package nl.samenspraak.tool.lti.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * Lets a request to a {@link SessionRequired} resource through only with a valid session token in
 * {@code Authorization: Bearer} whose registration, deployment and role still hold ({@link SessionChecks});
 * otherwise 401 problem+json, and the resource does not run. A renewed token, when due, goes back in the
 * {@value #RENEWED_HEADER} header.
 */
@Provider
@SessionRequired
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String RENEWED_HEADER = "Session-Token";
    private static final String BEARER = "Bearer ";
    private static final String RENEWAL = SessionFilter.class.getName() + ".renewal";

    @Inject
    SessionTokens tokens;

    @Inject
    CurrentSession current;

    @Inject
    SessionChecks checks;

    @Inject
    Texts texts;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Language language = Language.fromTag(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(unauthorized(language));
            return;
        }
        try {
            SessionToken session = tokens.verify(authorization.substring(BEARER.length()).strip());
            if (!checks.stillHolds(session)) {
                request.abortWith(unauthorized(language));
                return;
            }
            current.set(session);
            tokens.renewal(session).ifPresent(renewed -> request.setProperty(RENEWAL, renewed));
        } catch (InvalidSessionException e) {
            request.abortWith(unauthorized(language));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object renewed = request.getProperty(RENEWAL);
        if (renewed != null) {
            response.getHeaders().putSingle(RENEWED_HEADER, renewed);
        }
    }

    private Response unauthorized(Language language) {
        String detail = texts.of(TextKey.SESSION_FILTER_NO_SESSION).in(language);
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samenspraak\"")
                .build();
    }
}
