package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.NoticeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/notices}: what needs the teacher, for the top of their start page. Only a learner of the
 * session's course has notices ({@link CourseAccess#learner()}), and only their own in that course.
 */
@Tag(name = "Teacher work")
@Singleton
@Path("notices")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    /** The tool's users are Dutch teachers: times are shown as the clock in the Netherlands says them. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final CourseAccess access;
    private final NoticeService notices;
    private final ProgramCatalogService catalog;
    private final CurrentSession session;

    @Inject
    public NoticesResource(CourseAccess access, NoticeService notices, ProgramCatalogService catalog,
                           CurrentSession session) {
        this.access = access;
        this.notices = notices;
        this.catalog = catalog;
        this.session = session;
    }

    /**
     * One notice.
     *
     * @param kind      invitation, group, returned, feedback, received (a colleague's observation of the teacher
     *                  not read yet) or observation
     * @param at        the time in Europe/Amsterdam with its offset (ISO 8601), for an invitation (sent), a group
     *                  (formed), a received observation (submitted) and an observation (planned); null otherwise
     * @param colleague who invited, the colleagues of the group ("Bram en Carla"), or the partner of the
     *                  observation; null otherwise
     * @param observing for an observation: the teacher is the observer
     * @param observationId for a received observation: which one, to open it on the peer-coaching page; null otherwise
     */
    public record NoticeView(String kind, String assignmentId, String title, String colleague, String at,
                             boolean observing, int count, Long observationId) {
    }

    @GET
    @Operation(summary = "What needs the teacher: open invitations, new feedback, colleagues' observations not read yet, observations planned in the next"
            + " 7 days and work returned for revision")
    public List<NoticeView> notices(@QueryParam("lang") String lang) {
        var teacher = access.learner();
        Language language = WorkSessions.language(session, lang);
        Map<String, Assignment> assignments = catalog.catalog().assignments().stream()
                .collect(Collectors.toMap(Assignment::id, Function.identity(), (first, second) -> first));
        return notices.forTeacher(teacher).stream().filter(notice -> assignments.containsKey(notice.assignmentId()))
                .map(notice -> new NoticeView(notice.kind().name().toLowerCase(), notice.assignmentId(),
                        assignments.get(notice.assignmentId()).title().in(language),
                        notice.colleague().map(name -> name.in(language)).orElse(null),
                        notice.at().map(at -> at.atZone(ZONE).toOffsetDateTime().toString()).orElse(null),
                        notice.observing(), notice.count(), notice.observationId().orElse(null)))
                .toList();
    }
}
