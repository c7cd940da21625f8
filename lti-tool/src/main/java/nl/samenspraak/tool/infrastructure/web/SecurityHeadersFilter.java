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
 * school linked in a content pack excepted), no referrer to other sites, no MIME sniffing. Pages are not
 * kept from being framed: learning platforms show the tool in an iframe.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    // The servlet container makes filters itself, so the policy comes by field injection.
    @Inject
    ContentSecurityPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy.header());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        String path = request.getRequestURI();
        if (path.startsWith("/static/") || path.startsWith("/app/") || path.startsWith("/admin/") || path.equals("/")) {
            // Not versioned in their names: the browser asks every time and gets 304 when nothing changed.
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
