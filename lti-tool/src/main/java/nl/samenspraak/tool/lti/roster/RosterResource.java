package nl.samenspraak.tool.lti.roster;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.catalog.interfaces.rest.RequestLanguage;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/course/roster}: where the trainer's course's group comes from, read anew from the platform
 * when due: the platform's roster (NRPS) with the time of the latest read and whether it was cut off, or,
 * without the service, the people who launched.
 */
@Tag(name = "Course", description = "What a trainer sees of the course")
@Singleton
@Path("course/roster")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class RosterResource {

    private final RosterSync sync;
    private final CurrentSession current;
    private final Texts texts;

    @Inject
    public RosterResource(RosterSync sync, CurrentSession current, Texts texts) {
        this.sync = sync;
        this.current = current;
        this.texts = texts;
    }

    /**
     * @param source    {@code platform} (the roster service) or {@code launches} (who opened Samenspraak)
     * @param problem   why the latest read failed, in plain words
     */
    public record RosterView(String source, boolean offered, Instant syncedAt, boolean truncated, String problem) {
    }

    @GET
    @Operation(summary = "Where the course's group comes from: the platform's roster (read anew every few minutes)"
            + " or who launched (trainers only)")
    public RosterView roster(@QueryParam("lang") String lang) {
        SessionToken session = current.get();
        if (session.role() != ToolRole.INSTRUCTOR || session.contextId().isEmpty()) {
            Language language = lang == null || lang.isBlank() ? session.language() : RequestLanguage.of(lang, null);
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN,
                    texts.of(TextKey.ROSTER_ONLY_COURSE_S_TRAINER).in(language)));
        }
        RosterSync.Status status = sync.refreshIfDue(session.contextId().get());
        return new RosterView(status.fromPlatform() ? "platform" : "launches", status.offered(),
                status.syncedAt().orElse(null), status.truncated(), status.problem().orElse(null));
    }
}
