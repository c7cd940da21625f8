package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Reads the web application's files into {@link StaticFiles} when it starts, with the container's own servlet
 * context: listeners run before any filter or servlet is set up, so every page and header is ready for the
 * first request.
 */
@WebListener
public class StaticFilesLoader implements ServletContextListener {

    // The container makes listeners itself, so the bean comes by field injection.
    @Inject
    StaticFiles files;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        files.load(event.getServletContext());
    }
}
