package nl.samenspraak.tool.privacy.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the tool keeps about one teacher, as they download it: who they are to the tool, the courses
 * they launched it from, their work on every assignment (answers, films watched, quickscans, action plan),
 * the peer-coaching observations they gave and the submitted ones they received, and who opened, exported
 * or erased their work. Absent values are written as null, so that the file shows every field there is.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TeacherExport(Instant exportedAt, Person person, List<Membership> courses, List<Work> work,
                            List<Invitation> invitations, List<Observation> observationsGiven,
                            List<Observation> observationsReceived, List<AuditEntryView> audit) {

    /** The platform user as the tool knows them; the names only when the platform sent them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Person(long userId, String platform, String platformUserId, String name, String givenName,
                         String familyName, String locale, Instant firstLaunchAt, Instant lastLaunchAt) {
    }

    /** A course the teacher launched the tool from, with the role the tool gave them there. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Membership(long courseId, String courseTitle, String toolRole, String platformRoles,
                             Instant lastLaunchAt) {
    }

    /** The work on one assignment in one course (or without a course). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Work(String assignmentId, String assignmentTitle, String courseTitle, Instant openedAt,
                       Instant submittedAt, Instant reopenedAt, Instant updatedAt, List<Answer> answers,
                       List<Watched> watched, List<QuickscanAttempt> quickscan, List<Action> actionPlan) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Answer(String questionId, String question, String text, String choices, Integer scale,
                         Instant updatedAt) {
    }

    /** A stretch of a film played, in seconds. */
    public record Watched(double fromSeconds, double toSeconds) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuickscanAttempt(int number, String sectorId, Instant startedAt, Instant submittedAt,
                                   Map<String, Integer> responses) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Action(int position, String optionId, String ownText, LocalDate plannedFor, boolean done) {
    }

    /**
     * A peer-coaching invitation the teacher sent or received: {@code direction} is {@code sent} or
     * {@code received}, {@code status} open, accepted, declined or withdrawn; {@code colleague} as in
     * {@link Observation#partner}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Invitation(String assignmentId, String courseTitle, String direction, String colleague,
                             String status, Instant sentAt, Instant answeredAt) {
    }

    /**
     * A peer-coaching observation: {@code partner} is the other teacher (observed, or observer), by name,
     * else their platform user id, else "a former participant"; {@code readAt} is when the observed teacher
     * first opened it once submitted.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Observation(String assignmentId, String courseTitle, String partner, Instant plannedAt,
                              String planningNote, String conversationKind, Integer minutes, Instant cancelledAt,
                              Map<String, Mark> marks, String compliment, String tip, Instant savedAt,
                              Instant submittedAt, Instant readAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Mark(String markId, String example) {
    }

    /** An audit record about the teacher: when, who (kind and name) and what. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AuditEntryView(Instant occurredAt, String actorKind, String actorName, String action,
                                 String courseTitle) {

        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.occurredAt(), entry.actorKind().name().toLowerCase(),
                    entry.actorName().orElse(null), entry.action().name().toLowerCase(),
                    entry.courseTitle().orElse(null));
        }
    }

    public TeacherExport {
        courses = List.copyOf(courses);
        work = List.copyOf(work);
        invitations = List.copyOf(invitations);
        observationsGiven = List.copyOf(observationsGiven);
        observationsReceived = List.copyOf(observationsReceived);
        audit = List.copyOf(audit);
    }

    /** The same export with its audit records shown as the export writes them. */
    public static List<AuditEntryView> auditViews(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntryView::of).toList();
    }
}
