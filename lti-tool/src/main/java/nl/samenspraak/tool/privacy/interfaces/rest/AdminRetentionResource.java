package nl.samenspraak.tool.privacy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.tool.admin.AdminRequired;
import nl.samenspraak.tool.privacy.application.RetentionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/admin/retention}: the retention policy, what the next daily run would erase, and the last run. */
@Tag(name = "Administration")
@Singleton
@Path("admin/retention")
@AdminRequired
@Produces(MediaType.APPLICATION_JSON)
public class AdminRetentionResource {

    private final RetentionService retention;

    @Inject
    public AdminRetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    public record CourseView(long courseId, String title, String platform, Instant lastActivity, int participants) {
    }

    /** The last run; {@code finishedAt} and the counts are null while it runs (or when it failed). */
    public record RunView(LocalDate day, String server, Instant claimedAt, Instant finishedAt, Integer coursesErased,
                          Integer usersErased) {
    }

    /** The dry run: the courses last active before {@code cutoff}, whose personal data the next run erases. */
    public record RetentionView(int months, Instant cutoff, List<CourseView> nextRun, RunView lastRun) {
    }

    @GET
    @Operation(summary = "The retention policy, what the next daily run would erase (dry run), and the last run")
    public RetentionView retention() {
        RetentionService.Preview preview = retention.preview();
        return new RetentionView(preview.months(), preview.cutoff(), preview.courses().stream()
                .map(course -> new CourseView(course.courseId(), course.title().orElse(null), course.platform(),
                        course.lastActivity(), course.participants())).toList(),
                preview.lastRun().map(run -> new RunView(run.day(), run.claimedBy(), run.claimedAt(),
                        run.finishedAt().orElse(null), run.result().map(result -> result.courses()).orElse(null),
                        run.result().map(result -> result.users()).orElse(null))).orElse(null));
    }
}
