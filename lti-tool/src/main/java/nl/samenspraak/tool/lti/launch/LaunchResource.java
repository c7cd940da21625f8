package nl.samenspraak.tool.lti.launch;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.lti.LtiErrorPage;
import nl.samenspraak.tool.lti.login.StateCookie;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * {@code POST /lti/launch}, the redirect URI the platform posts the id_token and state to; and
 * {@code POST /lti/launch/confirm}, the second step of a launch whose browser blocks the state cookie.
 */
@Singleton
@Path("launch")
public class LaunchResource {

    private final LaunchService launches;
    private final StateCookie stateCookie;
    private final Pages pages;
    private final LtiErrorPage errorPage;
    private final Texts texts;

    @Inject
    public LaunchResource(LaunchService launches, StateCookie stateCookie, Pages pages, LtiErrorPage errorPage,
                          Texts texts) {
        this.launches = launches;
        this.stateCookie = stateCookie;
        this.pages = pages;
        this.errorPage = errorPage;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
                           @Context HttpHeaders headers) {
        Language language = Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        LaunchService.Outcome outcome;
        try {
            outcome = launches.launch(idToken, state, state != null && StateCookie.isPresent(headers.getCookies(), state),
                    language);
        } catch (LaunchRejectedException e) {
            return errorPage.response("launch", e, LaunchLanguage.of(idToken, language));
        }
        if (outcome instanceof LaunchService.Completed completed) {
            return Response.seeOther(completed.location())
                    .header(HttpHeaders.SET_COOKIE, stateCookie.clearCookie(state))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        LaunchService.StorageCheck check = (LaunchService.StorageCheck) outcome;
        Map<String, String> data = Map.of(
                "launch", check.pendingLaunchId(),
                "state", check.state(),
                "storageTarget", check.storageTarget(),
                "platformOrigin", check.platformOrigin(),
                "confirm", "/lti/launch/confirm");
        return pages.response(Response.Status.OK, "lti-launch-storage", check.language(),
                Map.of("data", pages.scriptJson(data)));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response confirm(@FormParam("launch") String pendingLaunchId, @FormParam("state") String storedState,
                            @Context HttpHeaders headers) {
        try {
            LaunchService.Completed completed = launches.confirm(pendingLaunchId, storedState);
            return Response.ok(Map.of("location", completed.location().toString()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (LaunchRejectedException e) {
            String correlationId = errorPage.log("launch confirmation", e);
            Language language = Language.fromTag(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            String detail = texts.of(TextKey.LAUNCH_NOT_CONFIRMED, correlationId).in(language);
            return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
        }
    }
}
