package nl.samenspraak.tool.infrastructure.health;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.samenspraak.program.content.pack.ProgramCatalog;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the program has assignments to offer; rejected school packs are counted, not fatal. */
@Readiness
@Singleton
public class ProgramReadinessCheck implements HealthCheck {

    private final ProgramCatalogService program;

    @Inject
    ProgramReadinessCheck(ProgramCatalogService program) {
        this.program = program;
    }

    @Override
    public HealthCheckResponse call() {
        ProgramCatalog catalog = program.catalog();
        return HealthCheckResponse.named("program")
                .status(!catalog.assignments().isEmpty())
                .withData("packs", catalog.packs().size())
                .withData("assignments", catalog.assignments().size())
                .withData("rejectedPackProblems", catalog.problems().size())
                .build();
    }
}
