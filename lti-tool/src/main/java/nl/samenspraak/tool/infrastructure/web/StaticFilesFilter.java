package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Scripts and styles carry their content hash as a strong entity tag ({@link StaticFiles}), so a browser that
 * asks for one by its plain URL (the server-written pages, an outdated page) gets 304 while it is unchanged.
 * Liberty's own answer has only Last-Modified, which a new deployment changes for every file. A browser that
 * takes gzip gets the copy {@link StaticFiles} gzipped at start, small files included, which Liberty's own
 * compression would send as they are; Liberty does not compress an answer that already has a Content-Encoding.
 * Another browser gets the same text unzipped, also from memory (a style sheet is served without comments).
 * Annotated filters run in no fixed order, so an answer this filter gives itself (304, 200) gets the
 * security headers ({@link SecurityHeadersFilter#headers}) here too: Content-Security-Policy and Cache-Control.
 */
@WebFilter(urlPatterns = "/static/*")
public class StaticFilesFilter extends HttpFilter {

    // The servlet container makes filters itself, so the files come by field injection.
    @Inject
    StaticFiles files;

    @Inject
    ContentSecurityPolicy policy;

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String tag = files.tag(path);
        if (tag == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("ETag", tag);
        boolean unchanged = tag.equals(request.getHeader("If-None-Match"));
        byte[] gzipped = files.gzipped(path);
        if (!unchanged && (gzipped == null
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())))) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeadersFilter.headers(request.getRequestURI(), policy.header(), address.isHttps(),
                files.isCurrent(request.getRequestURI(), request.getQueryString())).forEach(response::setHeader);
        if (unchanged) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Both forms come from memory, so that they hold the same text (a style sheet without its comments).
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? gzipped : files.served(path);
        response.setContentType(request.getServletContext().getMimeType(path));
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setHeader("Vary", "Accept-Encoding");
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether an Accept-Encoding header takes gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                refused |= parameter.matches("q=0(\\.0{0,3})?");
            }
            return !refused;
        }
        return false;
    }
}
