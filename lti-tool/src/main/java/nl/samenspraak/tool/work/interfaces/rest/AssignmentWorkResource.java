package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.WatchedInterval;
import nl.samenspraak.tool.catalog.interfaces.rest.ProgramJson;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.ActionPlanService;
import nl.samenspraak.tool.work.application.ObservationPlanning;
import nl.samenspraak.tool.work.application.PeerCoachingService;
import nl.samenspraak.tool.work.application.PlanningWindow;
import nl.samenspraak.tool.work.application.QuickscanService;
import nl.samenspraak.tool.work.application.StoredWork;
import nl.samenspraak.tool.work.application.TeacherWorkService;
import nl.samenspraak.tool.work.application.WorkRejectedException;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/assignments/{id}}: an assignment as the signed-in teacher sees it, with their own work; and
 * the changes to that work. A teacher only ever reads and writes their own work in the course of their
 * session: the scope comes from the session, never from the request.
 */
@Tag(name = "Teacher work", description = "An assignment with the signed-in teacher's own work; drafts, watching, submitting")
@Singleton
@Path("assignments/{assignmentId}")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentWorkResource {

    private final TeacherWorkService work;
    private final QuickscanService quickscans;
    private final ActionPlanService plans;
    private final PeerCoachingService peers;
    private final ObservationPlanning observationPlanning;
    private final WatchReportLimit watchReports;
    private final CurrentSession session;
    private final ProgramJson json;
    private final Texts texts;

    @Inject
    public AssignmentWorkResource(TeacherWorkService work, QuickscanService quickscans, ActionPlanService plans,
                                  PeerCoachingService peers, CurrentSession session, ProgramJson json,
                                  WatchReportLimit watchReports, ObservationPlanning observationPlanning, Texts texts) {
        this.work = work;
        this.watchReports = watchReports;
        this.quickscans = quickscans;
        this.plans = plans;
        this.peers = peers;
        this.observationPlanning = observationPlanning;
        this.session = session;
        this.json = json;
        this.texts = texts;
    }

    /** An answer as sent: exactly one of its fields, for an open, choice or scale question. */
    public record AnswerInput(String text, List<String> optionIds, Integer value) {
    }

    public record Interval(Double from, Double to) {
    }

    public record WatchReport(List<Interval> intervals) {
    }

    /** A saved answer; {@code version} goes in If-Match with the next save (0: the answer was removed). */
    public record Saved(String questionId, Instant savedAt, long version, ProgressView progress) {
    }

    public record Watched(List<Interval> intervals, double watchedShare, double requiredShare,
                          double remainingSeconds, ProgressView progress) {
    }

    @GET
    @Operation(summary = "The assignment as this teacher sees it, with their answers, watching and progress")
    public JsonNode assignment(@PathParam("assignmentId") String assignmentId, @QueryParam("lang") String lang) {
        return view(scope(), assignmentId, language(lang));
    }

    /** The assignment with the work of the given scope: the teacher's own, or one a trainer reads. */
    ObjectNode view(WorkScope scope, String assignmentId, Language language) {
        TeacherWorkService.AssignmentWork found = work.assignment(scope, assignmentId);
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        view.set("assignment", json.toTree(found.placement().assignment(), language));
        view.set("module", json.toTree(Map.of("id", found.placement().module().id(),
                "title", found.placement().module().title()), language));
        view.put("language", language.code());
        view.set("progress", json.toTree(ProgressView.of(found.progress()), language));
        view.put("readOnly", found.readOnly());
        found.stored().map(stored -> stored.work().submittedAt()).ifPresent(at -> view.put("submittedAt", at.toString()));
        found.stored().flatMap(StoredWork::reopenedAt).ifPresent(at -> view.put("reopenedAt", at.toString()));
        view.set("answers", json.toTree(answers(found), language));
        if (found.placement().assignment() instanceof VideoAssignment video
                && !(video.video().source() instanceof VideoSource.Embed)) {
            view.set("watch", json.toTree(watched(work.watchState(video, found.work().watched()), found.progress()),
                    language));
        }
        if (found.placement().assignment() instanceof QuickscanAssignment) {
            QuickscanService.Attempts attempts = quickscans.attempts(scope, assignmentId);
            view.set("quickscan", json.toTree(QuickscanView.of(attempts), language));
            // A retake can be filled in although the assignment is submitted.
            view.put("readOnly", found.readOnly() && attempts.current().isEmpty());
        }
        if (found.placement().assignment() instanceof ActionPlanAssignment) {
            view.set("actions", json.toTree(plans.actions(scope, assignmentId).stream().map(ActionView::of).toList(),
                    language));
            PlanningWindow window = plans.planningWindow();
            view.putObject("planningWindow").put("earliest", window.earliest().toString())
                    .put("latest", window.latest().toString());
        }
        if (found.placement().assignment() instanceof PeerCoachingAssignment) {
            // Absent for someone who takes no part (no course, not a learner in it): the page says so.
            peers.find(scope, assignmentId).ifPresent(state ->
                    view.set("peerCoaching", json.toTree(PeerCoachingView.of(state), language)));
            // The days the planning's date picker offers, as the action plan's has them.
            PlanningWindow window = observationPlanning.planningWindow();
            view.putObject("planningWindow").put("earliest", window.earliest().toString())
                    .put("latest", window.latest().toString());
        }
        return view;
    }

    @PUT
    @Path("answers/{questionId}")
    @Operation(summary = "Saves the answer to one question as a draft; with If-Match, only over the version edited"
            + " (409 with the newer answer otherwise)")
    public Saved saveAnswer(@PathParam("assignmentId") String assignmentId, @PathParam("questionId") String questionId,
                            @HeaderParam("If-Match") String ifMatch, AnswerInput input) {
        Answer answer = answer(input);
        OptionalLong edited = DraftVersions.ifMatch(ifMatch, texts);
        TeacherWorkService.SavedAnswer saved = edited.isPresent()
                ? work.saveAnswer(scope(), assignmentId, questionId, answer, edited)
                : work.saveAnswer(scope(), assignmentId, questionId, answer);
        return new Saved(questionId, saved.savedAt(), saved.version(),
                ProgressView.of(work.assignment(scope(), assignmentId).progress()));
    }

    @POST
    @Path("watched")
    @Operation(summary = "Records the stretches of the film the player played")
    public Watched recordWatched(@PathParam("assignmentId") String assignmentId, WatchReport report,
                                 @QueryParam("lang") String lang) {
        watchReports.acquire(session.get(), language(lang));
        if (report == null || report.intervals() == null) {
            throw WorkRejectedException.invalid("intervals",
                    texts.of(TextKey.ASSIGNMENT_WORK_SEND_STRETCHES_PLAYED_INTERVALS));
        }
        List<WatchedInterval> intervals = new ArrayList<>();
        for (int i = 0; i < report.intervals().size(); i++) {
            Interval interval = report.intervals().get(i);
            if (interval == null || interval.from() == null || interval.to() == null) {
                throw WorkRejectedException.invalid("intervals[" + i + "]",
                        texts.of(TextKey.ASSIGNMENT_WORK_EACH_STRETCH_FROM_SECONDS));
            }
            intervals.add(new WatchedInterval(interval.from(), interval.to()));
        }
        TeacherWorkService.WatchState state = work.recordWatched(scope(), assignmentId, intervals);
        return watched(state, work.assignment(scope(), assignmentId).progress());
    }

    @POST
    @Path("submit")
    @Operation(summary = "Submits the assignment; afterwards it is read-only until a trainer returns it for revision")
    public JsonNode submit(@PathParam("assignmentId") String assignmentId, @QueryParam("lang") String lang) {
        work.submit(scope(), assignmentId);
        return assignment(assignmentId, lang);
    }

    private WorkScope scope() {
        return WorkSessions.scope(session);
    }

    private Language language(String lang) {
        return WorkSessions.language(session, lang);
    }

    private static Map<String, Object> answers(TeacherWorkService.AssignmentWork found) {
        Map<String, Object> answers = new LinkedHashMap<>();
        found.stored().ifPresent(stored -> stored.work().answers().forEach((questionId, answer) -> {
            Map<String, Object> view = DraftVersions.answer(answer);
            view.put("savedAt", stored.answerSavedAt().get(questionId).toString());
            view.put("version", stored.answerVersion(questionId));
            answers.put(questionId, view);
        }));
        return answers;
    }

    private static Watched watched(TeacherWorkService.WatchState state, Progress progress) {
        return new Watched(state.intervals().stream().map(interval -> new Interval(interval.fromSeconds(),
                interval.toSeconds())).toList(), state.watchedShare(), state.requiredShare(),
                state.remainingSeconds(), ProgressView.of(progress));
    }

    private Answer answer(AnswerInput input) {
        if (input == null) {
            throw WorkRejectedException.invalid("answer", texts.of(TextKey.ASSIGNMENT_WORK_SEND_ANSWER_JSON_TEXT));
        }
        int given = (input.text() != null ? 1 : 0) + (input.optionIds() != null ? 1 : 0) + (input.value() != null ? 1 : 0);
        if (given != 1) {
            throw WorkRejectedException.invalid("answer", texts.of(TextKey.ASSIGNMENT_WORK_SEND_EXACTLY_ONE_TEXT));
        }
        if (input.text() != null) {
            return new Answer.TextAnswer(input.text());
        }
        if (input.optionIds() != null) {
            if (input.optionIds().stream().anyMatch(id -> id == null || id.isBlank())) {
                throw WorkRejectedException.invalid("answer.optionIds",
                        texts.of(TextKey.ASSIGNMENT_WORK_CHOICE_OPTION_ID_NOT));
            }
            return new Answer.ChoiceAnswer(new LinkedHashSet<>(input.optionIds()));
        }
        return new Answer.ScaleAnswer(input.value());
    }

}
