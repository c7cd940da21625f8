package nl.samenspraak.tool.lti.login;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Cookie;
import java.util.Map;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;

/**
 * Binds a login's state to the browser that started it with a cookie per login, so that two tabs can
 * launch at once. The launch is a cross-site POST from the platform, so over HTTPS the cookie is
 * {@code SameSite=None; Secure} and {@code Partitioned} (CHIPS), which browsers that block third-party
 * cookies still keep for the LMS's iframe; where even that is blocked, the platform storage takes over.
 * Browsers accept a Secure cookie from http://localhost too (a secure context), so a trial there with the
 * platform on another site (Moodle at http://127.0.0.1:8081) gets the same cookie; only over plain HTTP on
 * any other host can a cookie not be Secure, and is {@code SameSite=Lax}: such a launch works only when
 * platform and tool are on the same site.
 */
@Singleton
public class StateCookie {

    static final String PREFIX = "lti_state_";
    static final int MAX_AGE_SECONDS = (int) LoginService.STATE_LIFETIME.toSeconds();

    private final PublicAddress address;

    @Inject
    public StateCookie(PublicAddress address) {
        this.address = address;
    }

    /** The Set-Cookie header value for a new login. */
    public String setCookie(String state) {
        return PREFIX + state + "=1; Path=/lti/; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly" + flags();
    }

    /** The Set-Cookie header value that removes the cookie once the launch used it. */
    public String clearCookie(String state) {
        return PREFIX + state + "=; Path=/lti/; Max-Age=0; HttpOnly" + flags();
    }

    private String flags() {
        return address.isSecureContext() ? "; SameSite=None; Secure; Partitioned" : "; SameSite=Lax";
    }

    /** Whether the browser that posts the launch carries this login's cookie. */
    public static boolean isPresent(Map<String, Cookie> cookies, String state) {
        return cookies.containsKey(PREFIX + state);
    }
}
