package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.session.SessionSecret;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/admin/session}: the administrator signs in with the password and gets an admin token. */
@Tag(name = "Administration", description = "Signing in to the administration, platforms, deployments and keys")
@Singleton
@Path("admin/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminSessionResource {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final AdminSignIn signIn;
    private final SessionSecret secret;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public AdminSessionResource(AdminSignIn signIn, SessionSecret secret, Clock clock, Texts texts) {
        this.signIn = signIn;
        this.secret = secret;
        this.clock = clock;
        this.texts = texts;
    }

    public record SignIn(String password) {
    }

    public record SignedIn(String token, Instant expiresAt) {
    }

    @POST
    @Operation(summary = "Signs the administrator in with the password; answers an admin token")
    public SignedIn signIn(SignIn body, @Context HttpServletRequest request,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.fromTag(acceptLanguage);
        if (body == null || body.password() == null || body.password().isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Bad Request", 400,
                    texts.of(TextKey.ADMIN_SESSION_PASSWORD_MISSING).in(language), null,
                    List.of(new Problem.FieldError("password", texts.of(TextKey.ADMIN_SESSION_REQUIRED).in(language)))));
        }
        AdminSignIn.Result result = signIn.attempt(request.getRemoteAddr(), body.password());
        if (result instanceof AdminSignIn.Accepted) {
            Instant now = clock.instant();
            Instant expires = now.plus(LIFETIME);
            return new SignedIn(new AdminToken(now, expires).toJWT(secret.bytes()), expires);
        }
        if (result instanceof AdminSignIn.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            Problem problem = Problem.of(Response.Status.TOO_MANY_REQUESTS,
                    texts.of(TextKey.ADMIN_SESSION_THROTTLED, Math.max(1, seconds / 60)).in(language));
            throw new ProblemException(problem).withHeader(HttpHeaders.RETRY_AFTER, seconds);
        }
        if (result instanceof AdminSignIn.NotConfigured) {
            throw new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    texts.of(TextKey.ADMIN_SESSION_NOT_CONFIGURED).in(language)));
        }
        throw new ProblemException(Problem.of(Response.Status.UNAUTHORIZED,
                texts.of(TextKey.ADMIN_SESSION_WRONG_PASSWORD).in(language)));
    }
}
