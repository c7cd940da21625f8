package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.infrastructure.JdbcPackInstallations;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.AuditEntry;
import nl.samenspraak.tool.privacy.infrastructure.JdbcAuditTrail;
import nl.samenspraak.tool.work.infrastructure.JdbcApprovalSettings;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseRoster;
import nl.samenspraak.tool.work.infrastructure.JdbcPeerCoachingStore;
import nl.samenspraak.tool.work.infrastructure.JdbcQuickscanStore;
import nl.samenspraak.tool.work.infrastructure.JdbcReviewStore;
import nl.samenspraak.tool.work.infrastructure.JdbcTeacherWorkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's course overview from the memberships and work in a real embedded database. */
class CourseProgressServiceTest {

    private static final String READING = "klavertje-vier";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase database;
    private Sql sql;
    private TeacherWorkService work;
    private CourseProgressService overview;
    private long registration;
    private long course;
    private long otherCourse;

    @BeforeEach
    void open() {
        database = TestDatabase.in(folder);
        sql = database.sql();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ProgramCatalogService catalog = new ProgramCatalogService(Optional.empty(), new JdbcPackInstallations(
                database.dataSource()), clock);
        JdbcTeacherWorkStore store = new JdbcTeacherWorkStore(sql);
        WorkTransactions transactions = new WorkTransactions(database.transactions(),
                new ProgressRecorder(catalog, store, new JdbcApprovalSettings(sql), new JdbcReviewStore(sql),
                        new RecordedEvents<>(), clock));
        work = new TeacherWorkService(catalog, store, new QuickscanService(catalog, store, new JdbcQuickscanStore(sql),
                clock, transactions), new PeerCoachingService(catalog, store, new JdbcPeerCoachingStore(sql),
                new JdbcCourseRoster(sql)), clock, transactions);
        overview = new CourseProgressService(catalog, store, new JdbcCourseRoster(sql), work, new JdbcAuditTrail(sql, clock));
        registration = sql.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                + " token_url, jwks_url, enabled, registered_by, created_at, updated_at)"
                + " VALUES ('https://lms.example', 'c', 'LMS', 'https://lms.example/a', 'https://lms.example/t',"
                + " 'https://lms.example/k', TRUE, 'MANUAL', ?, ?)", NOW, NOW);
        course = context("course-1");
        otherCourse = context("course-2");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theTrainerSeesEachLearnerOfTheCourseByNameWithTheirWork() {
        long trainer = member(course, "trainer", "Tineke Trainer", null, null, "INSTRUCTOR");
        long anna = member(course, "anna", null, "Anna", "de Vries", "LEARNER");
        long bram = member(course, "bram", "Bram Bakker", null, null, "LEARNER");
        long nameless = member(course, "x", null, null, null, "LEARNER");
        member(otherCourse, "elders", "Els Elders", null, null, "LEARNER");
        answerAll(new WorkScope(anna, Optional.of(course)));
        work.submit(new WorkScope(anna, Optional.of(course)), READING);
        work.saveAnswer(new WorkScope(bram, Optional.of(course)), READING, firstQuestion(), new Answer.TextAnswer("kort"));
        answerAll(new WorkScope(bram, Optional.of(otherCourse)));
        work.submit(new WorkScope(bram, Optional.of(otherCourse)), READING);

        List<CourseProgressService.ParticipantProgress> rows = overview.course(
                new WorkScope(trainer, Optional.of(course)), true);

        assertEquals(List.of(Optional.of("Anna de Vries"), Optional.of("Bram Bakker"), Optional.<String>empty()),
                rows.stream().map(row -> row.participant().name()).toList(), "learners only, by name, nameless last");
        assertEquals(List.of(anna, bram, nameless), rows.stream().map(row -> row.participant().userId()).toList());
        CourseProgressService.Standing annas = rows.get(0).assignments().get(READING);
        assertEquals(ProgressState.COMPLETED, annas.progress().state());
        assertEquals(Optional.of(NOW), annas.submittedAt());
        CourseProgressService.Standing brams = rows.get(1).assignments().get(READING);
        assertEquals(ProgressState.IN_PROGRESS, brams.progress().state());
        assertEquals(Optional.empty(), brams.submittedAt(), "work submitted in another course is not this course's");
        assertEquals(9, rows.get(2).assignments().size(), "every assignment of the program, also without work");
        assertEquals(Optional.of("x"), rows.get(2).participant().platformUserId(),
                "without a name the trainer sees the platform's user id");
    }

    @Test
    void eachLearnerSeesThatTheTrainerOpenedTheirWork() {
        long trainer = member(course, "trainer", "Tineke Trainer", null, null, "INSTRUCTOR");
        long anna = member(course, "anna", null, "Anna", "de Vries", "LEARNER");
        long elders = member(otherCourse, "elders", "Els Elders", null, null, "LEARNER");

        overview.course(new WorkScope(trainer, Optional.of(course)), true);

        JdbcAuditTrail audit = new JdbcAuditTrail(sql, Clock.fixed(NOW, ZoneOffset.UTC));
        List<AuditEntry> annas = audit.about(anna);
        assertEquals(1, annas.size(), annas.toString());
        assertEquals(AuditAction.OPENED_WORK, annas.get(0).action());
        assertEquals(Optional.of("Tineke Trainer"), annas.get(0).actorName());
        assertEquals(NOW, annas.get(0).occurredAt());
        assertTrue(audit.about(elders).isEmpty(), "a learner of another course was not looked at");
        assertTrue(audit.about(trainer).isEmpty());
    }

    @Test
    void onlyATrainerInACourseSeesTheOverview() {
        long anna = member(course, "anna", "Anna de Vries", null, null, "LEARNER");

        assertEquals(WorkRejectedException.Reason.FORBIDDEN, assertThrows(WorkRejectedException.class, () ->
                overview.course(new WorkScope(anna, Optional.of(course)), false)).reason());
        assertEquals(WorkRejectedException.Reason.FORBIDDEN, assertThrows(WorkRejectedException.class, () ->
                overview.course(new WorkScope(anna, Optional.empty()), true)).reason());
        assertTrue(overview.course(new WorkScope(anna, Optional.of(otherCourse)), true).isEmpty(),
                "a trainer of another course sees none of this course's learners");
    }

    private void answerAll(WorkScope scope) {
        work.assignment(scope, READING).placement().assignment().questions().forEach(question ->
                work.saveAnswer(scope, READING, question.id(), new Answer.TextAnswer(
                        "Een antwoord dat lang genoeg is om mee te tellen, over mijn eigen schoolpraktijk met ouders.")));
    }

    private String firstQuestion() {
        return work.assignment(new WorkScope(0, Optional.empty()), READING).placement().assignment().questions().get(0).id();
    }

    private long member(long contextId, String subject, String name, String given, String family, String toolRole) {
        long user = sql.one("SELECT id FROM lti_user WHERE subject = ?", row -> row.getLong("id"), subject)
                .orElseGet(() -> sql.insert("INSERT INTO lti_user (registration_id, subject, name, given_name,"
                        + " family_name, created_at, last_launch_at) VALUES (?, ?, ?, ?, ?, ?, ?)", registration,
                        subject, name, given, family, NOW, NOW));
        sql.update("INSERT INTO lti_membership (context_id, user_id, roles, tool_role, last_launch_at)"
                + " VALUES (?, ?, 'r', ?, ?)", contextId, user, toolRole, NOW);
        return user;
    }

    private long context(String key) {
        return sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key, created_at, updated_at)"
                + " VALUES (?, 'd', ?, ?, ?)", registration, key, NOW, NOW);
    }
}
