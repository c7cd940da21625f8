package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.TrainingModule;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.interfaces.rest.ProgramJson;
import nl.samenspraak.tool.infrastructure.web.ServerTimed;
import nl.samenspraak.tool.lti.roster.RosterSync;
import nl.samenspraak.tool.lti.session.CurrentSession;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.application.CourseMatrixService;
import nl.samenspraak.tool.work.application.Feedback;
import nl.samenspraak.tool.work.application.FeedbackService;
import nl.samenspraak.tool.work.application.ReviewState;
import nl.samenspraak.tool.work.application.TrainerReviewService;
import nl.samenspraak.tool.work.application.WorkRejectedException;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/courses/{courseId}}: the trainer's course page. The members by the assignments (also as CSV),
 * one teacher's work read-only with the review and the feedback, an assignment in preview, the "approval
 * needed" switch, feedback drafts and sending, approving (one or a selection) and returning for revision.
 * {@code courseId} is the tool's id of the course (the session token's {@code ctx}); every endpoint first asks
 * {@link CourseAccess} whether the session is a trainer of exactly that course, and answers 403 otherwise.
 */
@Tag(name = "Course", description = "What a trainer sees of the course")
@Singleton
@Path("courses/{courseId}")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseReviewResource {

    private final CourseAccess access;
    private final CourseMatrixService matrix;
    private final TrainerReviewService reviews;
    private final FeedbackService feedback;
    private final ProgramCatalogService catalog;
    private final AssignmentWorkResource assignments;
    private final CurrentSession session;
    private final ProgramJson json;
    private final RosterSync roster;
    private final Texts texts;

    @Inject
    public CourseReviewResource(CourseAccess access, CourseMatrixService matrix, TrainerReviewService reviews,
                                FeedbackService feedback, ProgramCatalogService catalog,
                                AssignmentWorkResource assignments, CurrentSession session, ProgramJson json,
                                RosterSync roster, Texts texts) {
        this.access = access;
        this.matrix = matrix;
        this.reviews = reviews;
        this.feedback = feedback;
        this.catalog = catalog;
        this.assignments = assignments;
        this.session = session;
        this.json = json;
        this.roster = roster;
        this.texts = texts;
    }

    public record AssignmentColumn(String id, String type, String title, boolean needsApproval) {
    }

    public record ModuleColumns(String id, String title, List<AssignmentColumn> assignments) {
    }

    /**
     * One member in one assignment.
     *
     * @param state        {@code not_started}, {@code in_progress}, {@code submitted}, {@code completed}, or the
     *                     review's {@code awaiting_approval} and {@code returned}
     * @param feedback     where the latest feedback round stands: {@code none}, {@code draft}, {@code sent}, {@code replied}
     */
    public record Cell(String state, double score, boolean approved, Instant lastActivity, Instant submittedAt,
                       String feedback, String returnReason) {
    }

    /** {@code name} is null when the platform sent none; {@code platformUserId} then tells the trainer who it is. */
    public record MemberRow(long userId, String name, String platformUserId, Instant lastActivity,
                            Map<String, Cell> cells) {
    }

    public record Matrix(String language, long courseId, List<ModuleColumns> modules, List<MemberRow> members) {
    }

    public record ApprovalSetting(Boolean needsApproval) {
    }

    public record FeedbackText(String text) {
    }

    public record ReturnReason(String reason) {
    }

    public record Selected(Long userId, String assignmentId) {
    }

    public record Selection(List<Selected> items) {
    }

    public record FeedbackRound(long id, int round, String text, Instant savedAt, Instant sentAt, Instant seenAt,
                                String reply, Instant repliedAt) {

        static FeedbackRound of(Feedback feedback) {
            return new FeedbackRound(feedback.id(), feedback.round(), feedback.text(), feedback.savedAt(),
                    feedback.sentAt().orElse(null), feedback.seenAt().orElse(null), feedback.reply().orElse(null),
                    feedback.repliedAt().orElse(null));
        }
    }

    /** The review of a teacher's work: the tool's state and the decision's reason, if returned. */
    public record ReviewView(String state, double score, boolean needsApproval, boolean approved, String returnReason,
                             Instant decidedAt) {

        static ReviewView of(TrainerReviewService.ReviewedWork work) {
            var progress = work.progress();
            return new ReviewView(ReviewStates.name(progress), progress.effective().score(), work.needsApproval(),
                    progress.review() == ReviewState.APPROVED,
                    progress.review() == ReviewState.RETURNED
                            ? work.review().flatMap(review -> review.reason()).orElse(null) : null,
                    work.review().map(review -> review.decidedAt()).orElse(null));
        }
    }

    @GET
    @Path("matrix")
    @ServerTimed
    @Operation(summary = "Every member of the course by every assignment, with state, last activity, score and feedback (trainers of the course only)")
    public Matrix matrix(@PathParam("courseId") long courseId, @QueryParam("lang") String lang) {
        access.trainerOf(courseId);
        // The trainer opening the course reads the platform's roster when due, so members who never launched show.
        roster.refreshIfDue(courseId);
        return view(courseId, WorkSessions.language(session, lang), matrix.matrix(courseId));
    }

    @GET
    @Path("matrix.csv")
    @Produces("text/csv")
    @Operation(summary = "The course page as CSV for Excel: UTF-8 with BOM; ';' and a decimal comma in Dutch, ',' in English")
    public Response csv(@PathParam("courseId") long courseId, @QueryParam("lang") String lang) {
        long trainer = access.trainerOf(courseId);
        Language language = WorkSessions.language(session, lang);
        Matrix view = view(courseId, language, matrix.export(courseId, trainer));
        return Response.ok(CourseCsv.of(view, language, texts))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"samenspraak-" + courseId + ".csv\"")
                .build();
    }

    @PUT
    @Path("assignments/{assignmentId}/approval")
    @Operation(summary = "Switches whether the assignment needs the trainer's approval in this course")
    public ApprovalSetting setApproval(@PathParam("courseId") long courseId,
                                       @PathParam("assignmentId") String assignmentId, ApprovalSetting body) {
        long trainer = access.trainerOf(courseId);
        if (body == null || body.needsApproval() == null) {
            throw WorkRejectedException.invalid("needsApproval",
                    texts.of(TextKey.COURSE_REVIEW_SAY_WHETHER_ASSIGNMENT_NEEDS));
        }
        reviews.setNeedsApproval(courseId, trainer, assignmentId, body.needsApproval());
        return body;
    }

    @GET
    @Path("assignments/{assignmentId}/preview")
    @Operation(summary = "The assignment as a teacher sees it, without work; nothing can be saved from it")
    public JsonNode preview(@PathParam("courseId") long courseId, @PathParam("assignmentId") String assignmentId,
                            @QueryParam("lang") String lang) {
        access.trainerOf(courseId);
        // A scope of nobody: the page shows the assignment as a teacher who has not begun sees it.
        ObjectNode view = assignments.view(new WorkScope(0, Optional.of(courseId)), assignmentId,
                WorkSessions.language(session, lang));
        view.put("readOnly", true);
        view.put("preview", true);
        return view;
    }

    @GET
    @Path("members/{userId}/assignments/{assignmentId}")
    @Operation(summary = "One teacher's work in an assignment, read-only, with the review and the feedback rounds")
    public JsonNode work(@PathParam("courseId") long courseId, @PathParam("userId") long userId,
                         @PathParam("assignmentId") String assignmentId, @QueryParam("lang") String lang) {
        long trainer = access.trainerOf(courseId);
        Language language = WorkSessions.language(session, lang);
        TrainerReviewService.ReviewedWork reviewed = reviews.reviewed(courseId, trainer, userId, assignmentId);
        ObjectNode view = assignments.view(reviewed.teacher(), assignmentId, language);
        view.put("readOnly", true);
        view.set("member", json.toTree(Map.of("userId", userId,
                "name", reviews.member(courseId, userId).name().orElse("")), language));
        view.set("review", json.toTree(ReviewView.of(reviewed), language));
        view.set("feedback", json.toTree(rounds(feedback.forTrainer(courseId, userId, assignmentId)), language));
        return view;
    }

    @PUT
    @Path("members/{userId}/assignments/{assignmentId}/feedback")
    @Operation(summary = "Saves the trainer's feedback as a draft (a new round once the previous one was sent)")
    public List<FeedbackRound> saveFeedback(@PathParam("courseId") long courseId, @PathParam("userId") long userId,
                                            @PathParam("assignmentId") String assignmentId, FeedbackText body) {
        long trainer = access.trainerOf(courseId);
        return rounds(feedback.saveDraft(courseId, trainer, userId, assignmentId, body == null ? null : body.text()));
    }

    @POST
    @Path("members/{userId}/assignments/{assignmentId}/feedback/send")
    @Operation(summary = "Sends the feedback draft to the teacher")
    public List<FeedbackRound> sendFeedback(@PathParam("courseId") long courseId, @PathParam("userId") long userId,
                                            @PathParam("assignmentId") String assignmentId) {
        access.trainerOf(courseId);
        return rounds(feedback.send(courseId, userId, assignmentId));
    }

    @POST
    @Path("members/{userId}/assignments/{assignmentId}/approve")
    @Operation(summary = "Approves the teacher's submitted work that waits for approval")
    public ReviewView approve(@PathParam("courseId") long courseId, @PathParam("userId") long userId,
                              @PathParam("assignmentId") String assignmentId) {
        long trainer = access.trainerOf(courseId);
        return ReviewView.of(reviews.approve(courseId, trainer,
                List.of(new TrainerReviewService.Selected(userId, assignmentId))).get(0));
    }

    @POST
    @Path("members/{userId}/assignments/{assignmentId}/return")
    @Operation(summary = "Returns the teacher's submitted work for revision, with the reason the teacher sees")
    public ReviewView returnForRevision(@PathParam("courseId") long courseId, @PathParam("userId") long userId,
                                        @PathParam("assignmentId") String assignmentId, ReturnReason body) {
        long trainer = access.trainerOf(courseId);
        return ReviewView.of(reviews.returnForRevision(courseId, trainer, userId, assignmentId,
                body == null ? null : body.reason()));
    }

    @POST
    @Path("approvals")
    @Operation(summary = "Approves a selection of teachers' work at once: all of it, or none when one cannot be approved")
    public List<ReviewView> approveAll(@PathParam("courseId") long courseId, Selection body) {
        long trainer = access.trainerOf(courseId);
        if (body == null || body.items() == null) {
            throw WorkRejectedException.invalid("items", texts.of(TextKey.COURSE_REVIEW_SEND_SELECTION_ITEMS_USERID));
        }
        List<TrainerReviewService.Selected> selection = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            Selected item = body.items().get(i);
            if (item == null || item.userId() == null || item.assignmentId() == null || item.assignmentId().isBlank()) {
                throw WorkRejectedException.invalid("items[" + i + "]",
                        texts.of(TextKey.COURSE_REVIEW_EACH_ITEM_USERID_ASSIGNMENTID));
            }
            selection.add(new TrainerReviewService.Selected(item.userId(), item.assignmentId()));
        }
        return reviews.approve(courseId, trainer, selection).stream().map(ReviewView::of).toList();
    }

    private Matrix view(long courseId, Language language, CourseMatrixService.Matrix found) {
        List<ModuleColumns> modules = catalog.catalog().modules().stream()
                .map(module -> columns(module, language, found)).toList();
        List<MemberRow> members = found.rows().stream().map(CourseReviewResource::row).toList();
        return new Matrix(language.code(), courseId, modules, members);
    }

    private static List<FeedbackRound> rounds(List<Feedback> rounds) {
        return rounds.stream().map(FeedbackRound::of).toList();
    }

    private static ModuleColumns columns(TrainingModule module, Language language, CourseMatrixService.Matrix found) {
        return new ModuleColumns(module.id(), module.title().in(language), module.assignments().stream()
                .map(assignment -> new AssignmentColumn(assignment.id(), assignment.type().code(),
                        assignment.title().in(language), found.needingApproval().contains(assignment.id())))
                .toList());
    }

    private static MemberRow row(CourseMatrixService.Row row) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        Instant last = null;
        for (Map.Entry<String, CourseMatrixService.Cell> entry : row.cells().entrySet()) {
            CourseMatrixService.Cell cell = entry.getValue();
            Instant activity = cell.lastActivity().orElse(null);
            if (activity != null && (last == null || activity.isAfter(last))) {
                last = activity;
            }
            cells.put(entry.getKey(), new Cell(ReviewStates.name(cell.progress()), cell.progress().effective().score(),
                    cell.progress().review() == ReviewState.APPROVED, activity,
                    cell.submittedAt().orElse(null), cell.feedback().name().toLowerCase(Locale.ROOT),
                    cell.returnReason().orElse(null)));
        }
        return new MemberRow(row.participant().userId(), row.participant().name().orElse(null),
                row.participant().platformUserId().orElse(null), last, cells);
    }
}
