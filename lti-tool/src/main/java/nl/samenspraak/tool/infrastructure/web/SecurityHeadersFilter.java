package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @Inject
    StaticFiles files;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        headers(path, policy.header(), address.isHttps(), files.isCurrent(path, request.getQueryString()))
                .forEach(response::setHeader);
        chain.doFilter(request, response);
    }

    /** The headers for a path that names no file's current version. */
    static Map<String, String> headers(String path, String contentSecurityPolicy, boolean https) {
        return headers(path, contentSecurityPolicy, https, false);
    }

    /**
     * The headers for a path; apart from the filter, so that they are tested without a server. A file asked for
     * by its current version ({@link StaticFiles}) never changes under that URL, so the browser keeps it a year
     * and does not even ask on a reload.
     */
    static Map<String, String> headers(String path, String contentSecurityPolicy, boolean https, boolean currentVersion) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/api/admin/")) {
            headers.put("Content-Security-Policy", contentSecurityPolicy + "; frame-ancestors 'none'");
            headers.put("X-Frame-Options", "DENY");
        } else {
            headers.put("Content-Security-Policy", contentSecurityPolicy);
        }
        if (https) {
            headers.put("Strict-Transport-Security", "max-age=31536000");
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (currentVersion) {
            headers.put("Cache-Control", "public, max-age=31536000, immutable");
        } else if (path.startsWith("/static/") || path.startsWith("/app/") || path.startsWith("/admin/") || path.equals("/")) {
            // Pages, and files asked for without their current version: the browser asks every time and
            // gets 304 when nothing changed.
            headers.put("Cache-Control", "no-cache");
        }
        return headers;
    }
}
