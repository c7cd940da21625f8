package nl.samenspraak.tool.lti.registration.dynamic;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.admin.AdminSignIn;
import nl.samenspraak.tool.infrastructure.security.RateLimit;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.lti.LtiErrorPage;

/**
 * {@code /lti/register}, the tool's registration URL for LTI Dynamic Registration. The platform opens it
 * with {@code openid_configuration} and {@code registration_token}; the page asks Samenspraak's administrator
 * password, and only then does the tool call the platform (read its configuration, register), at most
 * {@link #REGISTRATIONS_PER_WINDOW} times per client address and window: the tool must not be a way for
 * anybody to make it fetch addresses. A wrong password, a refused platform or an unreadable answer stores
 * nothing; the done page shows which platform it was and what was asked.
 */
@Singleton
@Path("register")
public class RegisterResource {

    static final String CONFIGURATION = "openid_configuration";
    static final String TOKEN = "registration_token";
    static final String PASSWORD = "admin_password";
    static final int REGISTRATIONS_PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final DynamicRegistrationService service;
    private final AdminSignIn signIn;
    private final Pages pages;
    private final LtiErrorPage errorPage;
    private final RateLimit registrationsPerClient;

    @Inject
    public RegisterResource(DynamicRegistrationService service, AdminSignIn signIn, Pages pages,
                            LtiErrorPage errorPage, Clock clock) {
        this.service = service;
        this.signIn = signIn;
        this.pages = pages;
        this.errorPage = errorPage;
        this.registrationsPerClient = new RateLimit(REGISTRATIONS_PER_WINDOW, WINDOW, clock);
    }

    @GET
    public Response start(@QueryParam(CONFIGURATION) String configurationUrl, @QueryParam(TOKEN) String token,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.fromTag(acceptLanguage);
        try {
            String configuration = required(configurationUrl);
            return form(Response.Status.OK, configuration, token, Optional.empty(), language);
        } catch (RegistrationRejectedException e) {
            return errorPage.response("registration", e, language, "lti-register-error");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@FormParam(CONFIGURATION) String configurationUrl, @FormParam(TOKEN) String token,
                             @FormParam(PASSWORD) String password, @Context HttpServletRequest request,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.fromTag(acceptLanguage);
        try {
            String configuration = required(configurationUrl);
            if (password == null || password.isEmpty()) {
                return form(Response.Status.BAD_REQUEST, configuration, token,
                        Optional.of(pages.text(language, "register.password.missing")), language);
            }
            AdminSignIn.Result result = signIn.attempt(request.getRemoteAddr(), password);
            if (result instanceof AdminSignIn.Accepted) {
                Optional<Duration> wait = registrationsPerClient.acquire(request.getRemoteAddr());
                if (wait.isEmpty()) {
                    return done(service.register(configuration, RegistrationToken.of(token), language), language);
                }
                return throttled(wait.get(), "register.tooMany", configuration, token, language);
            }
            if (result instanceof AdminSignIn.Throttled throttled) {
                return throttled(throttled.retryAfter(), "register.password.throttled", configuration, token, language);
            }
            if (result instanceof AdminSignIn.NotConfigured) {
                return form(Response.Status.SERVICE_UNAVAILABLE, configuration, token,
                        Optional.of(pages.text(language, "register.password.notConfigured")), language);
            }
            return form(Response.Status.UNAUTHORIZED, configuration, token,
                    Optional.of(pages.text(language, "register.password.refused")), language);
        } catch (RegistrationRejectedException e) {
            return errorPage.response("registration", e, language, "lti-register-error");
        }
    }

    private Response throttled(Duration retryAfter, String textKey, String configuration, String token,
                               Language language) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        String wait = MessageFormat.format(pages.text(language, textKey),
                Math.max(1, (seconds + 59) / 60));
        return Response.fromResponse(form(Response.Status.TOO_MANY_REQUESTS, configuration, token,
                Optional.of(wait), language)).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static String required(String configurationUrl) {
        if (configurationUrl == null || configurationUrl.isBlank()) {
            throw new RegistrationRejectedException(RegistrationError.MISSING_PARAMETER, CONFIGURATION);
        }
        return configurationUrl.strip();
    }

    /**
     * The question whether to register, naming the host of the configuration; the fields kept. The platform is
     * not called for it: only the administrator's password lets the tool call anything.
     */
    private Response form(Response.Status status, String configurationUrl, String token, Optional<String> error,
                          Language language) {
        URI configuration = service.configurationAddress(configurationUrl);
        Map<String, Object> model = new HashMap<>();
        model.put("question", MessageFormat.format(pages.text(language, "register.question.address"),
                configuration.getHost()));
        model.put("configuration", configurationUrl);
        model.put("token", token == null ? "" : token.strip());
        error.ifPresent(message -> model.put("error", message));
        return pages.response(status, "lti-register", language, model);
    }

    private Response done(DynamicRegistrationService.Registered registered, Language language) {
        DynamicRegistrationService.Preview preview = registered.preview();
        PlatformConfiguration platform = preview.platform();
        Map<String, Object> model = new HashMap<>();
        model.put("platform", platform.displayName() + " (" + platform.productName() + " " + platform.version() + ")");
        model.put("messages", preview.request().messages().stream()
                .map(message -> pages.text(language, "register.message." + message.type())).toList());
        List<String> services = preview.request().scopes().stream()
                .map(scope -> pages.text(language, scope.textKey())).toList();
        model.put("services", services);
        model.put("noServices", services.isEmpty());
        model.put("issuer", registered.registration().issuer());
        model.put("clientId", registered.registration().clientId());
        registered.deploymentId().ifPresent(id -> model.put("deploymentId", id));
        model.put("noDeployment", registered.deploymentId().isEmpty());
        model.put("alreadyRegistered", registered.alreadyRegistered());
        return pages.response(Response.Status.OK, "lti-register-done", language, model);
    }
}
