package nl.samenspraak.tool.admin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.lti.session.SessionSecret;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/** Refuses {@link AdminRequired} requests without a valid admin token in {@code Authorization: Bearer}: 401. */
@Provider
@AdminRequired
@Priority(Priorities.AUTHENTICATION)
public class AdminFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    SessionSecret secret;

    @Inject
    Clock clock;

    @Inject
    Texts texts;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean valid = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && AdminToken.parse(authorization.substring(BEARER.length()).strip(), secret.bytes(), clock.instant())
                .isPresent();
        if (!valid) {
            Language language = Language.fromTag(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            String detail = texts.of(TextKey.ADMIN_FILTER_SIGN_IN_FIRST).in(language);
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samenspraak-admin\"").build());
        }
    }
}
