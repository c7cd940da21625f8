package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response that keep the browser to what the school agreed to: a Content-Security-Policy
 * that lets a page load scripts, styles, fonts and data only from the tool itself (films and players a
 * school linked in a content pack excepted), no referrer to other sites, no MIME sniffing. The tool's pages
 * may be framed, since learning platforms show the tool in an iframe; the administration may not (clickjacking
 * of the administrator). Over https the browser is told to keep to https (HSTS).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    // The servlet container makes filters itself, so the policy comes by field injection.
    @Inject
    ContentSecurityPolicy policy;

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/admin/")) {
            response.setHeader("Content-Security-Policy", policy.header() + "; frame-ancestors 'none'");
            response.setHeader("X-Frame-Options", "DENY");
        } else {
            response.setHeader("Content-Security-Policy", policy.header());
        }
        if (address.isHttps()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (path.startsWith("/static/") || path.startsWith("/app/") || path.startsWith("/admin/") || path.equals("/")) {
            // Not versioned in their names: the browser asks every time and gets 304 when nothing changed.
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
