package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.Question;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.VideoAssignment;
import nl.samenspraak.program.content.VideoSource;
import nl.samenspraak.program.content.pack.AssignmentPlacement;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.AnswerChecker;
import nl.samenspraak.program.progress.AnswerViolation;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressCalculator;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.program.progress.WatchedInterval;
import nl.samenspraak.program.progress.WatchedIntervals;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * A teacher's work on assignments: drafts saved as typed, the film's played stretches, submission and
 * reopening, and progress from the plugin's rules. Each use case is one transaction ({@link WorkTransactions})
 * that locks the work before it checks it: a refusal ({@link WorkRejectedException}) rolls back whatever was
 * done, so a refused request changes nothing, and no save slips in between a check and its write.
 */
@Singleton
public class TeacherWorkService {

    /** Faster than anyone watches to learn; a report crediting more than this is trimmed. */
    static final double MAX_PLAYBACK_RATE = 4;
    /**
     * What the first report may credit: the server does not know when playing started, and the player
     * reports after about ten seconds, which is 40 seconds of film at the highest rate.
     */
    static final Duration FIRST_REPORT = Duration.ofSeconds(60);
    /** What a later report may credit on top of the time since the previous one: requests take time too. */
    static final Duration REPORT_SLACK = Duration.ofSeconds(5);
    static final int MAX_INTERVALS_PER_REPORT = 200;

    /** Violations a draft may have: a draft is allowed to be empty or not long enough yet. */
    private static final Set<AnswerViolation.Kind> DRAFT_FINE = EnumSet.of(AnswerViolation.Kind.MISSING,
            AnswerViolation.Kind.TOO_SHORT);

    private final ProgramCatalogService catalog;
    private final TeacherWorkStore store;
    private final QuickscanService quickscans;
    private final PeerCoachingService peerCoaching;
    private final Clock clock;
    private final WorkAccess access;
    private final WorkTransactions transactions;
    private final Texts texts;
    private final AnswerIssues answerIssues;
    private final AnswerChecker checker = new AnswerChecker();
    private final ProgressCalculator calculator = ProgressCalculator.create();

    @Inject
    public TeacherWorkService(ProgramCatalogService catalog, TeacherWorkStore store, QuickscanService quickscans,
                              PeerCoachingService peerCoaching, Clock clock, WorkTransactions transactions,
                              Texts texts) {
        this.catalog = catalog;
        this.store = store;
        this.quickscans = quickscans;
        this.peerCoaching = peerCoaching;
        this.clock = clock;
        this.access = new WorkAccess(catalog, store, texts);
        this.transactions = transactions;
        this.texts = texts;
        this.answerIssues = new AnswerIssues(texts);
    }

    /** An assignment with its module and the teacher's work and progress in it. */
    public record AssignmentWork(AssignmentPlacement placement, Optional<StoredWork> stored, Progress progress) {

        public TeacherWork work() {
            return stored.map(StoredWork::work).orElse(TeacherWork.none());
        }

        public boolean readOnly() {
            return work().submitted();
        }
    }

    /** A saved answer: when, and its new version (0 when saving it blank removed it). */
    public record SavedAnswer(Instant savedAt, long version) {
    }

    /** What the player reported, as credited: the merged stretches and how much is still to be watched. */
    public record WatchState(List<WatchedInterval> intervals, double watchedShare, double requiredShare,
                             double remainingSeconds) {
    }

    /** @throws WorkRejectedException when the program has no such assignment */
    public AssignmentWork assignment(WorkScope scope, String assignmentId) {
        AssignmentPlacement placement = placement(assignmentId);
        Optional<StoredWork> stored = store.find(scope, assignmentId);
        return new AssignmentWork(placement, stored, progress(placement.assignment(), stored));
    }

    /** The teacher's progress in every assignment of the program, in order. */
    public Map<String, Progress> progress(WorkScope scope) {
        Map<String, StoredWork> all = store.all(scope);
        Map<String, Progress> progress = new LinkedHashMap<>();
        for (Assignment assignment : catalog.catalog().assignments()) {
            progress.put(assignment.id(), progress(assignment, Optional.ofNullable(all.get(assignment.id()))));
        }
        return progress;
    }

    /** Saves a draft answer over whatever version is stored: for a client that does not say which it edited. */
    public SavedAnswer saveAnswer(WorkScope scope, String assignmentId, String questionId, Answer answer) {
        return saveAnswer(scope, assignmentId, questionId, answer, OptionalLong.empty());
    }

    /**
     * Saves a draft answer. It may be empty or shorter than the question asks; it may not be of the wrong
     * kind, too long, outside the scale or name options the question does not have.
     *
     * @param editedVersion the version of the answer the teacher edited, when the client says so
     * @throws StaleDraftException when a newer version was saved meanwhile (by another tab or device)
     */
    public SavedAnswer saveAnswer(WorkScope scope, String assignmentId, String questionId, Answer answer,
                                  OptionalLong editedVersion) {
        AssignmentPlacement placement = placement(assignmentId);
        Question question = placement.assignment().question(questionId).orElseThrow(() -> new WorkRejectedException(
                WorkRejectedException.Reason.UNKNOWN_PART,
                texts.of(TextKey.TEACHER_WORK_ASSIGNMENT_NO_QUESTION, questionId),
                List.of(new WorkRejectedException.FieldIssue("questionId",
                        texts.of(TextKey.TEACHER_WORK_UNKNOWN_QUESTION)))));
        List<WorkRejectedException.FieldIssue> issues = checker.check(question, answer).stream()
                .filter(violation -> !DRAFT_FINE.contains(violation.kind()))
                .map(violation -> answerIssues.issue("answer", violation, question, answer))
                .toList();
        if (!issues.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT, texts.of(
                    TextKey.TEACHER_WORK_ANSWER_NOT_SAVED, issues.get(0).message()), issues);
        }
        return transactions.run(affected -> {
            Instant now = clock.instant();
            long workId = editableWork(scope, assignmentId, now);
            StoredWork stored = store.find(scope, assignmentId).orElseThrow();
            long current = stored.answerVersion(questionId);
            if (editedVersion.isPresent() && editedVersion.getAsLong() != current) {
                throw new StaleDraftException("answers." + questionId, new StaleDraftException.SavedDraft(current,
                        Optional.ofNullable(stored.answerSavedAt().get(questionId)),
                        Optional.ofNullable(stored.work().answers().get(questionId))), texts);
            }
            long version = store.putAnswer(workId, questionId, answer, now);
            affected.add(scope, assignmentId);
            return new SavedAnswer(now, version);
        });
    }

    /**
     * Records the stretches the player reports as played. A report is credited with at most the time since
     * the previous report at {@link #MAX_PLAYBACK_RATE}, plus {@link #REPORT_SLACK}; the first with at most
     * {@link #FIRST_REPORT}. Seeking ahead, or a report made up, does not count as watching.
     */
    public WatchState recordWatched(WorkScope scope, String assignmentId, List<WatchedInterval> reported) {
        VideoAssignment video = trackedVideo(placement(assignmentId).assignment());
        double duration = video.video().durationSeconds();
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        if (reported.size() > MAX_INTERVALS_PER_REPORT) {
            issues.add(new WorkRejectedException.FieldIssue("intervals",
                    texts.of(TextKey.TEACHER_WORK_SEND_MOST_STRETCHES_TIME, MAX_INTERVALS_PER_REPORT)));
        }
        for (int i = 0; i < reported.size(); i++) {
            WatchedInterval interval = reported.get(i);
            if (!(Double.isFinite(interval.fromSeconds()) && Double.isFinite(interval.toSeconds())
                    && interval.fromSeconds() >= 0 && interval.fromSeconds() < interval.toSeconds()
                    && interval.toSeconds() <= duration + 1)) {
                issues.add(new WorkRejectedException.FieldIssue("intervals[" + i + "]",
                        texts.of(TextKey.TEACHER_WORK_STRETCH_RUNS_FROM_FROM, duration)));
            }
        }
        if (!issues.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT,
                    texts.of(TextKey.TEACHER_WORK_WATCHING_NOT_SAVED_STRETCHES), issues);
        }
        return transactions.run(affected -> {
            Instant now = clock.instant();
            long workId = editableWork(scope, assignmentId, now);
            StoredWork stored = store.find(scope, assignmentId).orElseThrow();
            double allowance = stored.watchReportedAt()
                    .map(previous -> Duration.between(previous, now).toMillis() / 1000.0 * MAX_PLAYBACK_RATE
                            + REPORT_SLACK.toSeconds())
                    .orElse((double) FIRST_REPORT.toSeconds());
            List<WatchedInterval> credited = WatchedIntervals.credit(stored.work().watched(), reported, allowance,
                    duration);
            store.replaceWatched(workId, credited, now);
            affected.add(scope, assignmentId);
            return watchState(video, credited);
        });
    }

    /** The watching of a video assignment as the teacher sees it. */
    public WatchState watchState(VideoAssignment video, List<WatchedInterval> watched) {
        double duration = video.video().durationSeconds();
        List<WatchedInterval> merged = WatchedIntervals.merge(watched, duration);
        double share = WatchedIntervals.share(merged, duration);
        double remaining = Math.max(0, (video.requiredWatchedShare() - share) * duration);
        return new WatchState(merged, share, video.requiredWatchedShare(), Math.ceil(remaining));
    }

    /**
     * Submits the work. Everything the assignment asks of the teacher alone must be done: the answers
     * (each valid), the film watched far enough, the quickscan themes, the planned actions, the observations
     * to give. What depends on others (observations a colleague still has to give) may follow. A quickscan
     * submits its current attempt (see {@link QuickscanService}).
     */
    public void submit(WorkScope scope, String assignmentId) {
        AssignmentPlacement placement = placement(assignmentId);
        Assignment assignment = placement.assignment();
        transactions.run(affected -> {
            // Saves of the same work wait until the submission commits, and then find it submitted.
            store.lock(scope, assignmentId);
            affected.add(scope, assignmentId);
            if (assignment instanceof QuickscanAssignment quickscan) {
                quickscans.submit(scope, quickscan);
                return null;
            }
            submitLocked(scope, assignment);
            return null;
        });
    }

    private void submitLocked(WorkScope scope, Assignment assignment) {
        Optional<StoredWork> stored = store.find(scope, assignment.id());
        TeacherWork work = stored.map(StoredWork::work).orElse(TeacherWork.none());
        if (work.submitted()) {
            throw access.alreadySubmitted();
        }
        List<WorkRejectedException.FieldIssue> missing = new SubmissionCheck(checker, this, peerCoaching, texts)
                .missing(scope, assignment, work);
        if (!missing.isEmpty() || stored.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                    texts.of(TextKey.TEACHER_WORK_NOT_READY),
                    missing.isEmpty() ? List.of(new WorkRejectedException.FieldIssue("work",
                            texts.of(TextKey.TEACHER_WORK_NOT_DONE_ANYTHING_ASSIGNMENT)))
                            : missing);
        }
        if (!store.submit(stored.get().id(), clock.instant())) {
            throw access.alreadySubmitted();
        }
    }

    Progress progress(Assignment assignment, Optional<StoredWork> stored) {
        return calculator.progress(assignment, stored.map(StoredWork::work).orElse(TeacherWork.none()));
    }

    /** Whether the work, submitted as it is now, would be complete apart from what others still owe. */
    boolean completeOnceSubmitted(Assignment assignment, TeacherWork work) {
        ProgressState state = calculator.progress(assignment, work.withSubmittedAt(clock.instant())).state();
        return state == ProgressState.COMPLETED;
    }

    private AssignmentPlacement placement(String assignmentId) {
        return access.placement(assignmentId);
    }

    /** The work, made when there is none and locked, once it is found editable (not submitted). */
    private long editableWork(WorkScope scope, String assignmentId, Instant now) {
        long workId = store.ensure(scope, assignmentId, now);
        access.lockedUnsubmitted(scope, assignmentId);
        return workId;
    }

    private VideoAssignment trackedVideo(Assignment assignment) {
        if (!(assignment instanceof VideoAssignment video) || video.video().source() instanceof VideoSource.Embed) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT,
                    texts.of(TextKey.TEACHER_WORK_SAMENSPRAAK_DOES_NOT_KEEP));
        }
        return video;
    }
}
