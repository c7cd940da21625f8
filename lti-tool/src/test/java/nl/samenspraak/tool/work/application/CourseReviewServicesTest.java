package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.infrastructure.JdbcPackInstallations;
import nl.samenspraak.tool.infrastructure.persistence.JdbiTransactions;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.lti.grades.ScoreRule;
import nl.samenspraak.tool.lti.grades.ScoreRules;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.infrastructure.JdbcAuditTrail;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.infrastructure.JdbcApprovalSettings;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseRoster;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseWorkStore;
import nl.samenspraak.tool.work.infrastructure.JdbcFeedbackStore;
import nl.samenspraak.tool.work.infrastructure.JdbcReviewStore;
import nl.samenspraak.tool.work.infrastructure.JdbcTeacherWorkStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course page's services on the embedded database: the matrix computed in bulk shows what each teacher's
 * own pages show, with a number of queries that does not grow with the members; approving fires
 * {@link ProgressChanged} inside its transaction (an observer that fails undoes the approval); returning
 * reopens the work with its reason until it is submitted again.
 */
class CourseReviewServicesTest {

    private static final String READING = "klavertje-vier";
    private static final String SCAN = "kennismakingsgesprek-quickscan";
    private static final String PLAN = "ouderbetrokkenheid-actieplan";
    private static final String FILM = "bedeesde-ouder-film";
    private static final String LONG = "Een antwoord dat lang genoeg is om mee te tellen, over mijn eigen schoolpraktijk met ouders.";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private final AtomicInteger statements = new AtomicInteger();
    private final List<ProgressChanged> fired = new ArrayList<>();
    private Consumer<ProgressChanged> observer = fired::add;
    private CourseMatrixService matrix;
    private TeacherProgressService own;
    private TrainerReviewService reviews;
    private JdbcAuditTrail audit;
    private long course;
    private long trainer;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        Jdbi jdbi = Jdbi.create(counting(fixture.database.dataSource()));
        Sql sql = new Sql(jdbi);
        ProgramCatalogService catalog = new ProgramCatalogService(Optional.empty(),
                new JdbcPackInstallations(fixture.database.dataSource()), fixture.clock);
        JdbcCourseRoster roster = new JdbcCourseRoster(sql);
        JdbcApprovalSettings settings = new JdbcApprovalSettings(sql);
        JdbcReviewStore reviewStore = new JdbcReviewStore(sql);
        JdbcTeacherWorkStore works = new JdbcTeacherWorkStore(sql);
        JdbiTransactions transactions = new JdbiTransactions(jdbi);
        audit = new JdbcAuditTrail(sql, fixture.clock);
        matrix = new CourseMatrixService(catalog, roster, new JdbcCourseWorkStore(sql), settings, reviewStore,
                new JdbcFeedbackStore(sql), transactions, audit);
        reviews = new TrainerReviewService(catalog, works, settings, settings, reviewStore, roster,
                new WorkTransactions(transactions, new ProgressRecorder(catalog, works, settings, reviewStore,
                        events(), fixture.clock)), audit, fixture.clock, new Texts());
        own = new TeacherProgressService(catalog, works, settings, reviewStore);
        course = fixture.trainer.contextId().orElseThrow();
        trainer = fixture.trainer.userId();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMatrixShowsForEveryCellWhatTheTeachersOwnProgressShows() {
        WorkScope anna = learner("anna-m", "Anna");
        WorkScope bram = learner("bram-m", "Bram");
        WorkScope carla = learner("carla-m", "Carla");
        submittedReading(anna);
        fixture.quickscans.chooseSector(anna, SCAN, "po");
        fixture.quickscans.respond(anna, SCAN, "kennismaking-voor-start", BigDecimal.valueOf(3));
        fixture.plans.add(anna, PLAN, new ActionPlanService.NewAction("mail-over-de-klas", null, null));
        fixture.work.saveAnswer(bram, FILM, firstQuestion(FILM), new Answer.TextAnswer("Begin"));

        CourseMatrixService.Matrix found = matrix.matrix(course);

        assertEquals(List.of("Anna", "Bram", "Carla"), found.rows().stream()
                .map(row -> row.participant().name().orElseThrow()).toList());
        for (CourseMatrixService.Row row : found.rows()) {
            WorkScope teacher = new WorkScope(row.participant().userId(), Optional.of(course));
            fixture.work.progress(teacher).forEach((assignmentId, progress) ->
                    assertEquals(progress, row.cells().get(assignmentId).progress().rules(),
                            row.participant().name() + " in " + assignmentId));
        }
        CourseMatrixService.Cell annasReading = found.rows().get(0).cells().get(READING);
        assertEquals(ProgressState.COMPLETED, annasReading.progress().effective().state());
        assertTrue(annasReading.lastActivity().isPresent() && annasReading.submittedAt().isPresent());
        assertEquals(Optional.empty(), found.rows().get(2).cells().get(READING).lastActivity());
        assertEquals(carla.userId(), found.rows().get(2).participant().userId());
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheMembers() {
        for (int i = 0; i < 3; i++) {
            someWork(learner("few-" + i, "Weinig " + i));
        }
        statements.set(0);
        matrix.matrix(course);
        int few = statements.get();
        for (int i = 0; i < 30; i++) {
            someWork(learner("many-" + i, "Veel " + i));
        }

        statements.set(0);
        CourseMatrixService.Matrix many = matrix.matrix(course);

        assertEquals(33, many.rows().size());
        assertEquals(few, statements.get(), "queries for 3 members and for 33");
        assertTrue(few <= 10, "one query per table: " + few);
    }

    @Test
    void anApprovalFiresProgressChangedInItsTransactionAndAFailingObserverUndoesIt() {
        WorkScope anna = learner("anna-a", "Anna");
        reviews.setNeedsApproval(course, trainer, READING, true);
        submittedReading(anna);
        assertEquals(ReviewState.AWAITING_APPROVAL, reviews.reviewed(course, trainer, anna.userId(), READING).progress().review());
        assertEquals(ProgressState.SUBMITTED, cell(anna, READING).progress().effective().state(),
                "the gradebook counts it as submitted until approved");

        observer = event -> {
            throw new IllegalStateException("the gradebook's outbox is full");
        };
        assertThrows(IllegalStateException.class, () -> reviews.approve(course, trainer,
                List.of(new TrainerReviewService.Selected(anna.userId(), READING))));
        assertEquals(ReviewState.AWAITING_APPROVAL, reviews.reviewed(course, trainer, anna.userId(), READING).progress().review(),
                "the approval rolled back with the observer's failure");

        observer = fired::add;
        reviews.approve(course, trainer, List.of(new TrainerReviewService.Selected(anna.userId(), READING)));

        assertEquals(ReviewState.APPROVED, cell(anna, READING).progress().review());
        assertEquals(1, fired.size());
        ProgressChanged change = fired.get(0);
        assertEquals(anna, change.scope());
        assertEquals(READING, change.assignmentId());
        assertEquals(ProgressState.SUBMITTED, change.before().state());
        assertEquals(new Progress(ProgressState.COMPLETED, 1), change.after());
    }

    @Test
    void theTeachersOwnProgressIsTheRecordedOneAsTheCoursePageShowsIt() {
        WorkScope anna = learner("anna-o", "Anna");
        reviews.setNeedsApproval(course, trainer, READING, true);
        submittedReading(anna);

        statements.set(0);
        RecordedStanding waiting = own.progress(anna).get(READING);
        assertEquals(3, statements.get(), "the recorded work, the approval settings and the reviews, once each");
        assertEquals(ReviewState.AWAITING_APPROVAL, waiting.review());
        assertEquals(ProgressState.SUBMITTED, waiting.progress().state(), "not completed before the approval");
        assertEquals(cell(anna, READING).progress().review(), waiting.review());
        assertEquals(cell(anna, READING).progress().effective(), waiting.progress());

        reviews.approve(course, trainer, List.of(new TrainerReviewService.Selected(anna.userId(), READING)));
        RecordedStanding approved = own.progress(anna).get(READING);
        assertEquals(ReviewState.APPROVED, approved.review());
        assertEquals(new Progress(ProgressState.COMPLETED, 1), approved.progress());
        assertEquals(cell(anna, READING).progress().effective(), approved.progress());

        WorkScope bram = learner("bram-o", "Bram");
        submittedReading(bram);
        reviews.returnForRevision(course, trainer, bram.userId(), READING, "Nog een keer.");
        RecordedStanding returned = own.progress(bram).get(READING);
        assertEquals(ReviewState.RETURNED, returned.review());
        assertEquals(cell(bram, READING).progress().effective(), returned.progress());
        assertEquals(ProgressState.NOT_STARTED, own.progress(bram).get(FILM).progress().state());
    }

    @Test
    void returnedWorkIsEditableWithItsReasonUntilSubmittedAgain() {
        WorkScope anna = learner("anna-r", "Anna");
        reviews.setNeedsApproval(course, trainer, READING, true);
        submittedReading(anna);

        reviews.returnForRevision(course, trainer, anna.userId(), READING, "  Werk je tweede antwoord uit.  ");

        CourseMatrixService.Cell returned = cell(anna, READING);
        assertEquals(ReviewState.RETURNED, returned.progress().review());
        assertEquals(Optional.of("Werk je tweede antwoord uit."), returned.returnReason());
        assertEquals(ProgressState.IN_PROGRESS, fired.get(0).after().state());
        fixture.work.saveAnswer(anna, READING, firstQuestion(READING), new Answer.TextAnswer(LONG + " Aangevuld."));
        fixture.clock.advance(Duration.ofMinutes(5));
        fixture.work.submit(anna, READING);
        assertEquals(ReviewState.AWAITING_APPROVAL, cell(anna, READING).progress().review());
        assertEquals(Optional.empty(), cell(anna, READING).returnReason());
    }

    @Test
    void workThatNeedsApprovalIsRecordedSubmittedWithoutAFinalScoreUntilApproved() {
        WorkScope anna = learner("anna-s", "Anna");
        reviews.setNeedsApproval(course, trainer, READING, true);
        submittedReading(anna);

        List<ProgressChanged> teacherChanges = fixture.progressEvents.fired();
        assertEquals(ProgressState.SUBMITTED, teacherChanges.get(teacherChanges.size() - 1).after().state());
        assertEquals(ProgressState.SUBMITTED, recorded(anna, READING).state());
        assertTrue(teacherChanges.stream().noneMatch(change -> ScoreRules.forChange(change, new Texts())
                .filter(rule -> rule.finalGrade()).isPresent()), "no FullyGraded before the approval: " + teacherChanges);

        reviews.approve(course, trainer, List.of(new TrainerReviewService.Selected(anna.userId(), READING)));

        assertEquals(ProgressState.COMPLETED, recorded(anna, READING).state());
        ScoreRule approval = ScoreRules.forChange(fired.get(0), new Texts()).orElseThrow();
        assertEquals("FullyGraded", approval.gradingProgress());
        assertEquals(ProgressCause.APPROVED, fired.get(0).cause());
        assertEquals("Approved by the trainer.", approval.comment("en"), "the approval's own comment, not completion's");
    }

    @Test
    void aReturnFiresFromTheRecordedStateAndReopensTheWork() {
        WorkScope anna = learner("anna-o", "Anna");
        reviews.setNeedsApproval(course, trainer, READING, true);
        submittedReading(anna);

        reviews.returnForRevision(course, trainer, anna.userId(), READING, "Nog niet af.");

        assertEquals(1, fired.size());
        assertEquals(ProgressState.SUBMITTED, fired.get(0).before().state());
        assertEquals(ProgressState.IN_PROGRESS, fired.get(0).after().state());
        assertEquals(ProgressState.IN_PROGRESS, recorded(anna, READING).state());
        ScoreRule returned = ScoreRules.forChange(fired.get(0), new Texts()).orElseThrow();
        assertFalse(returned.finalGrade(), "a return sends no final score that would replace a grade");
        assertEquals(ProgressCause.RETURNED, fired.get(0).cause());
        assertEquals("Teruggestuurd door de trainer om te herzien.", returned.comment("nl-NL"));
        fixture.work.saveAnswer(anna, READING, firstQuestion(READING), new Answer.TextAnswer(LONG + " Meer."));
    }

    @Test
    void switchingApprovalOffCompletesTheWorkThatWaitedInTheSwitchsTransaction() {
        WorkScope anna = learner("anna-w", "Anna");
        reviews.setNeedsApproval(course, trainer, READING, true);
        submittedReading(anna);
        assertEquals(ProgressState.SUBMITTED, recorded(anna, READING).state());

        reviews.setNeedsApproval(course, trainer, READING, false);

        assertEquals(ProgressState.COMPLETED, recorded(anna, READING).state());
        assertEquals(1, fired.size());
        assertEquals(ProgressState.SUBMITTED, fired.get(0).before().state());
        assertEquals(ProgressState.COMPLETED, fired.get(0).after().state());
        assertEquals(ProgressCause.APPROVAL_SWITCH, fired.get(0).cause());
        assertEquals("Opdracht afgerond.", ScoreRules.forChange(fired.get(0), new Texts()).orElseThrow().comment("nl"),
                "switching approval off is no trainer's approval of this work");
    }

    @Test
    void theTrainersReadAndTheExportWriteTheirAuditRecords() {
        WorkScope anna = learner("anna-l", "Anna");
        submittedReading(anna);

        reviews.reviewed(course, trainer, anna.userId(), READING);
        fixture.clock.advance(Duration.ofMinutes(1));
        matrix.export(course, trainer);

        assertEquals(List.of(AuditAction.EXPORTED, AuditAction.OPENED_WORK), audit.about(anna.userId()).stream()
                .map(entry -> entry.action()).toList());
        assertEquals(Actor.Kind.TRAINER, audit.about(anna.userId()).get(1).actorKind());
    }

    @Test
    void anApprovalCountsForTheSubmissionItWasMadeOn() {
        Progress completed = new Progress(ProgressState.COMPLETED, 1);
        Instant submitted = Instant.parse("2026-12-01T10:00:00Z");
        Review approved = new Review(Review.Decision.APPROVED, Optional.empty(), 1, submitted.minusSeconds(60));

        assertEquals(ReviewState.AWAITING_APPROVAL,
                ReviewedProgress.of(completed, true, Optional.of(approved), Optional.of(submitted)).review());
        assertEquals(ReviewState.APPROVED, ReviewedProgress.of(completed, true, Optional.of(approved),
                Optional.of(submitted.minusSeconds(120))).review());
        assertEquals(ReviewState.NONE, ReviewedProgress.of(completed, false, Optional.empty(), Optional.of(submitted)).review());
        assertEquals(ReviewState.NONE, ReviewedProgress.of(new Progress(ProgressState.SUBMITTED, 0.5), true,
                Optional.empty(), Optional.of(submitted)).review(), "not complete by the rules: nothing to approve yet");
    }

    private CourseMatrixService.Cell cell(WorkScope teacher, String assignmentId) {
        return matrix.matrix(course).rows().stream().filter(row -> row.participant().userId() == teacher.userId())
                .findFirst().orElseThrow().cells().get(assignmentId);
    }

    private Progress recorded(WorkScope teacher, String assignmentId) {
        return fixture.database.sql().one("SELECT progress_state, progress_score FROM teacher_work WHERE user_id = ?"
                + " AND scope_key = ? AND assignment_id = ?", row -> new Progress(ProgressState.valueOf(
                row.getString("progress_state")), row.getDouble("progress_score")), teacher.userId(), teacher.key(),
                assignmentId).orElseThrow();
    }

    private WorkScope learner(String subject, String name) {
        return fixture.member(course, subject, name, "LEARNER");
    }

    private void submittedReading(WorkScope teacher) {
        readingQuestions().forEach(question -> fixture.work.saveAnswer(teacher, READING, question,
                new Answer.TextAnswer(LONG)));
        fixture.work.submit(teacher, READING);
    }

    private void someWork(WorkScope teacher) {
        submittedReading(teacher);
        fixture.quickscans.chooseSector(teacher, SCAN, "po");
        fixture.plans.add(teacher, PLAN, new ActionPlanService.NewAction("mail-over-de-klas", null, null));
    }

    private List<String> readingQuestions() {
        return fixture.work.assignment(fixture.teacher, READING).placement().assignment().questions().stream()
                .map(question -> question.id()).toList();
    }

    private String firstQuestion(String assignmentId) {
        Assignment assignment = fixture.work.assignment(fixture.teacher, assignmentId).placement().assignment();
        return assignment.questions().isEmpty() ? ((nl.samenspraak.program.content.VideoAssignment) assignment)
                .viewingQuestions().get(0).question().id() : assignment.questions().get(0).id();
    }

    /** The data source with every statement prepared on it counted. */
    private DataSource counting(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(real, method, arguments);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (inner, call, values) -> {
                                    if (call.getName().startsWith("prepare")) {
                                        statements.incrementAndGet();
                                    }
                                    return invoke(connection, call, values);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** CDI's synchronous event, handing each event to the test's current observer. */
    private RecordedEvents<ProgressChanged> events() {
        RecordedEvents<ProgressChanged> events = new RecordedEvents<>();
        events.observeWith(event -> observer.accept(event));
        return events;
    }
}
