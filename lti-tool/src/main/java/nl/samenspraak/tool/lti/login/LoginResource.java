package nl.samenspraak.tool.lti.login;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.lti.LtiErrorPage;

/**
 * {@code GET/POST /lti/login}: the platform's third-party-initiated login. The browser goes on to the
 * platform's authorization endpoint, directly, or through a page that first puts the state in the
 * platform's storage when the platform offers {@code lti_storage_target}.
 */
@Singleton
@Path("login")
public class LoginResource {

    private final LoginService logins;
    private final StateCookie stateCookie;
    private final Pages pages;
    private final LtiErrorPage errorPage;

    @Inject
    public LoginResource(LoginService logins, StateCookie stateCookie, Pages pages, LtiErrorPage errorPage) {
        this.logins = logins;
        this.stateCookie = stateCookie;
        this.pages = pages;
        this.errorPage = errorPage;
    }

    @GET
    public Response get(@Context UriInfo uri, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return login(uri.getQueryParameters(), Language.fromTag(acceptLanguage));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return login(form, Language.fromTag(acceptLanguage));
    }

    private Response login(MultivaluedMap<String, String> parameters, Language language) {
        LoginService.LoginStart start;
        try {
            start = logins.start(LoginInitiation.parse(parameters));
        } catch (LoginRejectedException e) {
            return errorPage.response("login", e, language);
        }
        String cookie = stateCookie.setCookie(start.request().state());
        URI next = start.request().toURI();
        if (start.storageTarget().isEmpty()) {
            return Response.status(Response.Status.FOUND).location(next)
                    .header(HttpHeaders.SET_COOKIE, cookie)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        URI authorization = start.registration().authorizationUrl();
        Map<String, String> data = Map.of(
                "state", start.request().state(),
                "storageTarget", start.storageTarget().get(),
                "platformOrigin", authorization.getScheme() + "://" + authorization.getRawAuthority(),
                "next", next.toString());
        return Response.fromResponse(pages.response(Response.Status.OK, "lti-login-storage", language,
                        Map.of("data", pages.scriptJson(data))))
                .header(HttpHeaders.SET_COOKIE, cookie)
                .build();
    }
}
