package nl.samenspraak.tool.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Cookie;
import java.util.HashMap;
import java.util.Map;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import org.junit.jupiter.api.Test;

class StateCookieTest {

    @Test
    void overHttpsTheCookieCrossesSitesInAPartitionedJar() {
        StateCookie cookie = new StateCookie(new PublicAddress("https://samenspraak.school.example"));

        assertEquals("lti_state_abc=1; Path=/lti/; Max-Age=600; HttpOnly; SameSite=None; Secure; Partitioned",
                cookie.setCookie("abc"));
        assertEquals("lti_state_abc=; Path=/lti/; Max-Age=0; HttpOnly; SameSite=None; Secure; Partitioned",
                cookie.clearCookie("abc"));
    }

    @Test
    void onHttpLocalhostTheCookieCrossesSitesTooAsBrowsersTreatLocalhostAsSecure() {
        // Moodle at http://127.0.0.1:8081 is another site than the tool at http://localhost:9080.
        for (String url : new String[] {"http://localhost:9080", "http://127.0.0.1:9080", "http://[::1]:9080"}) {
            StateCookie cookie = new StateCookie(new PublicAddress(url));

            assertEquals("lti_state_abc=1; Path=/lti/; Max-Age=600; HttpOnly; SameSite=None; Secure; Partitioned",
                    cookie.setCookie("abc"), url);
        }
    }

    @Test
    void overHttpOnAnotherHostTheCookieCannotBeSecureAndIsLax() {
        StateCookie cookie = new StateCookie(new PublicAddress("http://samenspraak.school.example:9080"));

        String set = cookie.setCookie("abc");

        assertEquals("lti_state_abc=1; Path=/lti/; Max-Age=600; HttpOnly; SameSite=Lax", set);
        assertFalse(set.contains("Secure") || set.contains("SameSite=None"));
        assertTrue(cookie.clearCookie("abc").contains("Max-Age=0"));
    }

    @Test
    void theCookieOfThisLoginIsRecognised() {
        // Only the names count; a Cookie object would need a JAX-RS runtime, which unit tests do not have.
        Map<String, Cookie> cookies = new HashMap<>();
        cookies.put("lti_state_abc", null);

        assertTrue(StateCookie.isPresent(cookies, "abc"));
        assertFalse(StateCookie.isPresent(cookies, "abd"));
        assertFalse(StateCookie.isPresent(Map.of(), "abc"));
    }
}
