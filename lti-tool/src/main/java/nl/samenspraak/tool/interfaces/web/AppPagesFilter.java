package nl.samenspraak.tool.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The teacher's pages have real addresses ({@code /app/assignments/<id>}, {@code /app/progress}) that the
 * page's script draws: a GET of such an address, typed, bookmarked or reloaded, gets {@code /app/index.html}.
 * Files (names with an extension) are served as they are.
 */
@WebFilter(urlPatterns = {"/app", "/app/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class AppPagesFilter extends HttpFilter {

    static final String PAGE = "/app/index.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPageAddress(request.getMethod(), path)) {
            request.getRequestDispatcher(PAGE).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A GET or HEAD under {@code /app} whose last segment has no extension. */
    static boolean isPageAddress(String method, String path) {
        if (!("GET".equals(method) || "HEAD".equals(method))) {
            return false;
        }
        if (!path.equals("/app") && !path.startsWith("/app/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
