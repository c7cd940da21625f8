package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.samenspraak.tool.lti.session.SessionRequired;
import nl.samenspraak.tool.work.application.FeedbackService;
import nl.samenspraak.tool.work.application.TrainerReviewService;
import nl.samenspraak.tool.work.application.WorkScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The teacher's side of the review: on an assignment, the trainer's sent feedback with the teacher's replies
 * and the review's state (waiting for approval, approved, returned with the reason); one reply per round. Only a learner of the session's course, about their
 * own work ({@link CourseAccess#learner()}). The start page's list of new feedback is {@link NewFeedbackResource}.
 */
@Tag(name = "Teacher work")
@Singleton
@Path("assignments/{assignmentId}/feedback")
@SessionRequired
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeacherFeedbackResource {

    private final CourseAccess access;
    private final FeedbackService feedback;
    private final TrainerReviewService reviews;

    @Inject
    public TeacherFeedbackResource(CourseAccess access, FeedbackService feedback, TrainerReviewService reviews) {
        this.access = access;
        this.feedback = feedback;
        this.reviews = reviews;
    }

    public record OwnReview(CourseReviewResource.ReviewView review, List<CourseReviewResource.FeedbackRound> rounds,
                            boolean canReply) {
    }

    public record Reply(String text) {
    }

    @GET
    @Operation(summary = "The trainer's sent feedback on this assignment, the teacher's replies and the review's state")
    public OwnReview own(@PathParam("assignmentId") String assignmentId) {
        WorkScope teacher = access.learner();
        return view(teacher, assignmentId);
    }

    @POST
    @Path("seen")
    @Operation(summary = "Marks the feedback on this assignment as read")
    public OwnReview seen(@PathParam("assignmentId") String assignmentId) {
        WorkScope teacher = access.learner();
        feedback.markSeen(teacher, assignmentId);
        return view(teacher, assignmentId);
    }

    @POST
    @Path("reply")
    @Operation(summary = "The teacher's one reply to the latest feedback")
    public OwnReview reply(@PathParam("assignmentId") String assignmentId, Reply body) {
        WorkScope teacher = access.learner();
        feedback.reply(teacher, assignmentId, body == null ? null : body.text());
        return view(teacher, assignmentId);
    }

    private OwnReview view(WorkScope teacher, String assignmentId) {
        List<CourseReviewResource.FeedbackRound> rounds = feedback.forTeacher(teacher, assignmentId).stream()
                .map(CourseReviewResource.FeedbackRound::of).toList();
        boolean canReply = !rounds.isEmpty() && rounds.get(rounds.size() - 1).reply() == null;
        return new OwnReview(CourseReviewResource.ReviewView.of(reviews.own(teacher, assignmentId)), rounds, canReply);
    }
}
