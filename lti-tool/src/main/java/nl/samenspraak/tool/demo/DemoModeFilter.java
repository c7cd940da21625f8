package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.samenspraak.tool.interfaces.rest.Problem;

/**
 * Out of demo mode every {@code /demo} path answers 404 before any demo resource runs: a production server
 * has no demo platform at all.
 */
@Provider
@PreMatching
public class DemoModeFilter implements ContainerRequestFilter {

    @Inject
    DemoMode mode;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!mode.isOn()) {
            request.abortWith(Problem.of(Response.Status.NOT_FOUND, "There is no demo platform on this server:"
                            + " it is on only in demo mode (SAMENSPRAAK_DEMO=true).")
                    .at(request.getUriInfo().getRequestUri().getRawPath()).toResponse());
        }
    }
}
