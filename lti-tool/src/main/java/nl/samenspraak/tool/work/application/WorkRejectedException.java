package nl.samenspraak.tool.work.application;

import java.util.List;
import java.util.Objects;
import nl.samenspraak.program.content.LocalizedText;

/**
 * A change to a teacher's work that is refused; nothing was saved. The detail and each field issue say,
 * in Dutch and English, what is wrong and what to do.
 */
public class WorkRejectedException extends RuntimeException {

    /** Why, which decides the HTTP status. */
    public enum Reason {
        /** No such assignment in the program. */
        UNKNOWN_ASSIGNMENT,
        /** The assignment has no such question, item or part. */
        UNKNOWN_PART,
        /** The input does not fit (type, length, range, option). */
        INVALID_INPUT,
        /** The work was submitted and is read-only until a trainer reopens it. */
        ALREADY_SUBMITTED,
        /** Submitting is not possible yet: something the assignment asks for is missing. */
        NOT_READY,
        /** What is to be added is there already (an action chosen twice, a retake started twice). */
        ALREADY_THERE,
        /** The person may not do this (for example reopen work without being the course's trainer). */
        FORBIDDEN,
        /** A draft saved from an older version than the one stored; see {@link StaleDraftException}. */
        STALE_DRAFT
    }

    /** One field of the request, as a JSON path, with what is wrong. */
    public record FieldIssue(String field, LocalizedText message) {
    }

    private final Reason reason;
    private final transient LocalizedText detail;
    private final transient List<FieldIssue> issues;

    public WorkRejectedException(Reason reason, LocalizedText detail, List<FieldIssue> issues) {
        super(detail.en().orElse(detail.nl()), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail;
        this.issues = List.copyOf(issues);
    }

    public WorkRejectedException(Reason reason, LocalizedText detail) {
        this(reason, detail, List.of());
    }

    /** Input that does not fit, with the field it is about; the message serves as the detail too. */
    public static WorkRejectedException invalid(String field, LocalizedText message) {
        return new WorkRejectedException(Reason.INVALID_INPUT, message, List.of(new FieldIssue(field, message)));
    }

    public Reason reason() {
        return reason;
    }

    public LocalizedText detail() {
        return detail;
    }

    public List<FieldIssue> issues() {
        return issues;
    }
}
