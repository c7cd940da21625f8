package nl.samenspraak.tool.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.logging.Logger;
import nl.samenspraak.tool.infrastructure.web.LogValues;

/**
 * Checks the administrator's password with the rate limit; the one way in for the admin API and registration.
 * The attempt is reserved in the throttle before the password is checked, never after.
 */
@Singleton
public class AdminSignIn {

    private static final Logger LOG = Logger.getLogger(AdminSignIn.class.getName());

    private final AdminPassword password;
    private final SignInThrottle throttle;

    @Inject
    public AdminSignIn(AdminPassword password, SignInThrottle throttle) {
        this.password = password;
        this.throttle = throttle;
    }

    /** The outcome of an attempt. */
    public sealed interface Result {
    }

    public record Accepted() implements Result {
    }

    public record Refused() implements Result {
    }

    /** Too many failures from this address: no check was made. */
    public record Throttled(Duration retryAfter) implements Result {
    }

    /** No administrator password is set on this server. */
    public record NotConfigured() implements Result {
    }

    public Result attempt(String client, String attempt) {
        if (!password.isConfigured()) {
            return new NotConfigured();
        }
        if (throttle.reserve(client) instanceof SignInThrottle.Throttled throttled) {
            return new Throttled(throttled.retryAfter());
        }
        if (password.matches(attempt)) {
            throttle.succeeded(client);
            return new Accepted();
        }
        LOG.warning("Administrator sign-in failed from " + LogValues.quote(client));
        return new Refused();
    }
}
