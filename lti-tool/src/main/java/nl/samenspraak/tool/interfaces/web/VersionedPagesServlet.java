package nl.samenspraak.tool.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspraak.tool.infrastructure.web.StaticFiles;

/**
 * The web application's HTML pages (the start page, the teacher's page that {@link AppPagesFilter} forwards
 * to, the administration, the privacy pages, the observer's phone page) as {@link StaticFiles} rewrote them at start: their scripts and
 * style sheets named by hashed URLs, with the import map before the first module. The page itself is always
 * asked for again (no-cache, 304 while unchanged), so a deployment's new URLs reach the browser at once.
 * A folder's address ({@code /admin/}) is its {@code index.html}.
 */
@WebServlet(urlPatterns = {"*.html", "", "/admin/", "/privacy/", "/observe/"})
public class VersionedPagesServlet extends HttpServlet {

    // The servlet container makes servlets itself, so the files come by field injection.
    @Inject
    StaticFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        StaticFiles.Page page = files.page(path.endsWith("/") ? path + "index.html" : path);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String tag = "\"" + page.tag() + "\"";
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", tag);
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(page.content().length);
        response.getOutputStream().write(page.content());
    }
}
