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
 * Scripts and styles carry their content hash as a strong entity tag ({@link StaticFiles}), so a browser that
 * asks for one by its plain URL (the server-written pages, an outdated page) gets 304 while it is unchanged.
 * Liberty's own answer has only Last-Modified, which a new deployment changes for every file.
 */
@WebFilter(urlPatterns = "/static/*")
public class StaticFilesFilter extends HttpFilter {

    // The servlet container makes filters itself, so the files come by field injection.
    @Inject
    StaticFiles files;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tag = files.tag(request.getRequestURI().substring(request.getContextPath().length()));
        if (tag == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("ETag", tag);
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, response);
    }
}
