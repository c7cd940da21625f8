package nl.samenspraak.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The administration is never framed; HSTS only where the public address is https. */
class SecurityHeadersFilterTest {

    private static final String POLICY = "default-src 'self'";

    @Test
    void theAdministrationMayNotBeFramed() {
        for (String path : new String[] {"/admin", "/admin/", "/api/admin/registrations"}) {
            Map<String, String> headers = SecurityHeadersFilter.headers(path, POLICY, false);

            assertEquals(POLICY + "; frame-ancestors 'none'", headers.get("Content-Security-Policy"), path);
            assertEquals("DENY", headers.get("X-Frame-Options"), path);
        }
    }

    @Test
    void theToolsPagesMayBeFramed() {
        Map<String, String> headers = SecurityHeadersFilter.headers("/app/", POLICY, false);

        assertEquals(POLICY, headers.get("Content-Security-Policy"));
        assertFalse(headers.containsKey("X-Frame-Options"));
    }

    @Test
    void httpsBringsHsts() {
        assertEquals("max-age=31536000", SecurityHeadersFilter.headers("/app/", POLICY, true)
                .get("Strict-Transport-Security"));
        assertNull(SecurityHeadersFilter.headers("/app/", POLICY, false).get("Strict-Transport-Security"));
    }

    @Test
    void onlyAFilesCurrentVersionIsKeptForGood() {
        assertEquals("public, max-age=31536000, immutable",
                SecurityHeadersFilter.headers("/static/js/app.js", POLICY, false, true).get("Cache-Control"));
        assertEquals("no-cache", SecurityHeadersFilter.headers("/static/js/app.js", POLICY, false, false).get("Cache-Control"));
        assertEquals("no-cache", SecurityHeadersFilter.headers("/app/", POLICY, false, false).get("Cache-Control"));
    }
}
