package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.ActionPlanAssignment;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ReadingAssignment;
import nl.samenspraak.program.content.VideoAssignment;

import java.util.Objects;

/** Works out a teacher's progress in any assignment with the rule for its type. */
public final class ProgressCalculator {

    private final VideoProgressRule video;
    private final ReadingProgressRule reading;
    private final PeerCoachingProgressRule peerCoaching;
    private final QuickscanProgressRule quickscan;
    private final ActionPlanProgressRule actionPlan;

    public ProgressCalculator(VideoProgressRule video, ReadingProgressRule reading,
                              PeerCoachingProgressRule peerCoaching, QuickscanProgressRule quickscan,
                              ActionPlanProgressRule actionPlan) {
        this.video = Objects.requireNonNull(video, "video");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.peerCoaching = Objects.requireNonNull(peerCoaching, "peerCoaching");
        this.quickscan = Objects.requireNonNull(quickscan, "quickscan");
        this.actionPlan = Objects.requireNonNull(actionPlan, "actionPlan");
    }

    /** The calculator with the standard rules. */
    public static ProgressCalculator create() {
        AnswerChecker checker = new AnswerChecker();
        return new ProgressCalculator(new VideoProgressRule(checker), new ReadingProgressRule(checker),
                new PeerCoachingProgressRule(checker), new QuickscanProgressRule(new QuickscanScorer()),
                new ActionPlanProgressRule(checker));
    }

    public Progress progress(Assignment assignment, TeacherWork work) {
        Objects.requireNonNull(work, "work");
        if (assignment instanceof VideoAssignment a) {
            return video.evaluate(a, work);
        }
        if (assignment instanceof ReadingAssignment a) {
            return reading.evaluate(a, work);
        }
        if (assignment instanceof PeerCoachingAssignment a) {
            return peerCoaching.evaluate(a, work);
        }
        if (assignment instanceof QuickscanAssignment a) {
            return quickscan.evaluate(a, work);
        }
        // Assignment is sealed: what is left is an action plan (a pattern switch would need Java 21).
        return actionPlan.evaluate((ActionPlanAssignment) assignment, work);
    }
}
