package nl.samenspraak.tool.demo;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/** Makes the demo course from the program this server loaded; the program is read once, so is the course. */
@Singleton
public class DemoCourseProducer {

    private final ProgramCatalogService program;

    @Inject
    public DemoCourseProducer(ProgramCatalogService program) {
        this.program = program;
    }

    @Produces
    @Singleton
    DemoCourse course() {
        return DemoCourse.of(program.catalog());
    }
}
