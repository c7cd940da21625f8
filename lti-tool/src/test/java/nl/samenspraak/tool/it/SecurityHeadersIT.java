package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The administration cannot be framed (clickjacking of the administrator), while the tool's pages can, since
 * learning platforms show them in an iframe; over plain http there is no HSTS header.
 */
class SecurityHeadersIT {

    private final ToolClient tool = new ToolClient();

    @Test
    void theAdministrationMayNotBeFramed() {
        for (String path : new String[] {"/admin/", "/api/admin/registrations"}) {
            ToolClient.Answer answer = tool.get(path);

            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void theToolsPagesMayBeFramedByALearningPlatform() {
        ToolClient.Answer page = tool.get("/app/");

        assertEquals(200, page.status());
        assertFalse(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over http");
    }
}
