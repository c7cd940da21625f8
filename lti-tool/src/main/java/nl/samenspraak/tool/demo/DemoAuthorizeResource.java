package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.lti.LtiErrorPage;

/**
 * {@code GET /demo/authorize}: the demo platform's OIDC authorization endpoint. It answers a valid request
 * with a page whose form posts the id_token and state to the tool (submitted at once by a small script,
 * or by its button without JavaScript), and a refused one with a page that says what is wrong.
 */
@Singleton
@Path("authorize")
public class DemoAuthorizeResource {

    private final DemoAuthorization authorization;
    private final Pages pages;
    private final LtiErrorPage errorPage;

    @Inject
    public DemoAuthorizeResource(DemoAuthorization authorization, Pages pages, LtiErrorPage errorPage) {
        this.authorization = authorization;
        this.pages = pages;
        this.errorPage = errorPage;
    }

    @GET
    public Response authorize(@Context UriInfo uri, @QueryParam("response_mode") String responseMode,
                              @QueryParam("prompt") String prompt,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        DemoAuthorization.Authorized authorized;
        try {
            authorized = authorization.authorize(uri.getRequestUri(), responseMode, prompt);
        } catch (DemoAuthorizationRejectedException e) {
            return errorPage.response("demo authorization", e, Language.fromTag(acceptLanguage));
        }
        return pages.response(Response.Status.OK, "demo-autopost", authorized.language(), Map.of(
                "redirectUri", authorized.redirectUri(),
                "idToken", authorized.idToken(),
                "state", authorized.state()));
    }
}
