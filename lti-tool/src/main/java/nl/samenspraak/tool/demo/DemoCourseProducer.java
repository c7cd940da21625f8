package nl.samenspraak.tool.demo;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.Texts;

/** Makes the demo course from the program this server loaded; the program is read once, so is the course. */
@Singleton
public class DemoCourseProducer {

    private final ProgramCatalogService program;
    private final Texts texts;

    @Inject
    public DemoCourseProducer(ProgramCatalogService program, Texts texts) {
        this.program = program;
        this.texts = texts;
    }

    @Produces
    @Singleton
    DemoCourse course() {
        return DemoCourse.of(program.catalog(), texts);
    }
}
