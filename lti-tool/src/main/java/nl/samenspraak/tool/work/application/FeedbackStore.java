package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The rounds of feedback on teachers' work. */
public interface FeedbackStore {

    /** The rounds on one teacher's assignment, oldest first. */
    List<Feedback> rounds(long contextId, long userId, String assignmentId);

    /** The latest round of each teacher's assignment in the course, in one read. */
    Map<ReviewStore.Key, Feedback> latest(long contextId);

    /** Sent rounds the teacher has not seen yet, per assignment id. */
    Map<String, Integer> unseen(long contextId, long userId);

    /** Saves the draft: replaces the text of an unsent latest round, or starts a new round. */
    void saveDraft(long contextId, long userId, String assignmentId, long authorId, String text, Instant at);

    /** Sends the latest round's draft; false when there is no draft to send. */
    boolean send(long contextId, long userId, String assignmentId, Instant at);

    /** The teacher's reply to a sent round; false when it has one already or is not sent. */
    boolean reply(long feedbackId, String text, Instant at);

    /** Marks every sent round of the assignment as seen by the teacher. */
    void markSeen(long contextId, long userId, String assignmentId, Instant at);
}
