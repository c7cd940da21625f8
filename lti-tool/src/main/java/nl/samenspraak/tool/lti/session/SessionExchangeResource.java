package nl.samenspraak.tool.lti.session;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/session/exchange}: the page, opened by a launch at {@code /app/#code=...}, trades the
 * one-time code for its session token ({@link SessionHandOver}). No session is needed: the code is the proof.
 */
@Tag(name = "Session", description = "The launch session: who is signed in, in which course and with which role")
@Singleton
@Path("session/exchange")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionExchangeResource {

    private final SessionHandOver handOver;
    private final Texts texts;

    @Inject
    public SessionExchangeResource(SessionHandOver handOver, Texts texts) {
        this.handOver = handOver;
        this.texts = texts;
    }

    /** What the page sends: the code from its address. */
    public record CodeExchange(String code) {
    }

    /** The session token, which the page then sends as its Bearer token. */
    public record SessionHandedOver(String token) {
    }

    @POST
    @Operation(summary = "Trade the launch's one-time code for the session token")
    public Response exchange(CodeExchange body, @QueryParam("lang") String lang) {
        return handOver.exchange(body == null ? null : body.code())
                .map(token -> Response.ok(new SessionHandedOver(token)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build())
                .orElseGet(() -> refused(Language.fromTag(lang)));
    }

    private Response refused(Language language) {
        String detail = texts.of(TextKey.SESSION_EXCHANGE_LINK_USED).in(language);
        return new Problem("about:blank", Response.Status.UNAUTHORIZED.getReasonPhrase(), 401, detail, null,
                List.of(new Problem.FieldError("code", detail))).toResponse();
    }
}
