package nl.samenspraak.tool.work.application;

import nl.samenspraak.tool.infrastructure.time.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.catalog.infrastructure.JdbcPackInstallations;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.privacy.infrastructure.JdbcAuditTrail;
import nl.samenspraak.tool.texts.Texts;
import nl.samenspraak.tool.work.infrastructure.JdbcActionPlanStore;
import nl.samenspraak.tool.work.infrastructure.JdbcApprovalSettings;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseRoster;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseWorkStore;
import nl.samenspraak.tool.work.infrastructure.JdbcFeedbackStore;
import nl.samenspraak.tool.work.infrastructure.JdbcPeerCoachingStore;
import nl.samenspraak.tool.work.infrastructure.JdbcQuickscanStore;
import nl.samenspraak.tool.work.infrastructure.JdbcReviewStore;
import nl.samenspraak.tool.work.infrastructure.JdbcTeacherWorkStore;

/**
 * The work services on the built-in pack (and the packs in {@code packsDir}), stored in a real embedded
 * database, with one teacher in two courses and a trainer in the first.
 */
final class WorkFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    final TestDatabase database;
    final MutableClock clock = new MutableClock(START);
    final TeacherWorkService work;
    final QuickscanService quickscans;
    final ActionPlanService plans;
    final PeerCoachingService peerCoaching;
    final CoachingPartnerships partnerships;
    final PartnerInvitations invitations;
    final PeerGroups groups;
    final ObservationPlanning planning;
    final ObservationForms forms;
    final TrainerReviewService reviews;
    final CourseMatrixService matrix;
    /** The trainer's "approval needed" switch, which the recorded progress follows. */
    final JdbcApprovalSettings approvals;
    /** What the use cases fired, and where a test puts an observer of its own. */
    final RecordedEvents<ProgressChanged> progressEvents = new RecordedEvents<>();
    final WorkScope teacher;
    final WorkScope otherCourse;
    final WorkScope trainer;

    private WorkFixture(Path folder, Optional<String> packsDir) {
        database = TestDatabase.in(folder);
        Sql sql = database.sql();
        ProgramCatalogService catalog = new ProgramCatalogService(packsDir, new JdbcPackInstallations(
                database.dataSource()), clock);
        JdbcTeacherWorkStore works = new JdbcTeacherWorkStore(sql);
        approvals = new JdbcApprovalSettings(sql);
        JdbcReviewStore reviewStore = new JdbcReviewStore(sql);
        WorkTransactions transactions = new WorkTransactions(database.transactions(),
                new ProgressRecorder(catalog, works, approvals, reviewStore,
                        progressEvents, clock));
        quickscans = new QuickscanService(catalog, works, new JdbcQuickscanStore(sql), clock, transactions,
                new Texts());
        JdbcCourseRoster roster = new JdbcCourseRoster(sql);
        JdbcPeerCoachingStore peerStore = new JdbcPeerCoachingStore(sql);
        peerCoaching = new PeerCoachingService(catalog, works, peerStore, roster);
        partnerships = new CoachingPartnerships(catalog, works, peerStore, roster, transactions, clock);
        groups = new PeerGroups(catalog, works, peerStore, roster, transactions, clock);
        invitations = new PartnerInvitations(catalog, works, peerStore, roster, clock, transactions);
        planning = new ObservationPlanning(catalog, works, peerStore, roster, clock, transactions);
        forms = new ObservationForms(catalog, works, peerStore, roster, clock, transactions);
        work = new TeacherWorkService(catalog, works, quickscans, peerCoaching, clock, transactions, new Texts());
        JdbcAuditTrail audit = new JdbcAuditTrail(sql, clock);
        reviews = new TrainerReviewService(catalog, works, approvals, approvals, reviewStore, roster, transactions,
                audit, clock, new Texts());
        matrix = new CourseMatrixService(catalog, roster, new JdbcCourseWorkStore(sql), approvals, reviewStore,
                new JdbcFeedbackStore(sql), database.transactions(), audit);
        plans = new ActionPlanService(catalog, works, new JdbcActionPlanStore(sql), clock, transactions, new Texts());
        long registration = sql.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                + " token_url, jwks_url, enabled, registered_by, created_at, updated_at)"
                + " VALUES ('https://lms.example', 'c', 'LMS', 'https://lms.example/a', 'https://lms.example/t',"
                + " 'https://lms.example/k', TRUE, 'MANUAL', ?, ?)", START, START);
        long course = context(sql, registration, "course-1");
        teacher = new WorkScope(user(sql, registration, "anna"), Optional.of(course));
        otherCourse = new WorkScope(teacher.userId(), Optional.of(context(sql, registration, "course-2")));
        trainer = new WorkScope(user(sql, registration, "trainer"), Optional.of(course));
    }

    /**
     * A new person in a course with the tool role a launch gave them (LEARNER or INSTRUCTOR), named as the
     * platform sent it (null for no name).
     */
    WorkScope member(long contextId, String subject, String name, String toolRole) {
        Sql sql = database.sql();
        long registration = sql.one("SELECT registration_id FROM lti_context WHERE id = ?",
                row -> row.getLong("registration_id"), contextId).orElseThrow();
        long user = sql.insert("INSERT INTO lti_user (registration_id, subject, name, created_at, last_launch_at)"
                + " VALUES (?, ?, ?, ?, ?)", registration, subject, name, START, START);
        join(user, contextId, toolRole);
        return new WorkScope(user, Optional.of(contextId));
    }

    /**
     * The course's trainer returns the teacher's submitted work for revision, which makes it editable again;
     * the teacher is made a learner of the course first, as a launch would have.
     */
    void returnForRevision(WorkScope teacher, String assignmentId) {
        long course = teacher.contextId().orElseThrow();
        database.sql().insertIfAbsent("lti_membership", "context_id, user_id, roles, tool_role, last_launch_at",
                "context_id, user_id", course, teacher.userId(), "", "LEARNER", START);
        reviews.returnForRevision(course, trainer.userId(), teacher.userId(), assignmentId, "Werk het verder uit.");
    }

    /** A learner only the platform's roster (NRPS) lists: they never launched the tool. */
    WorkScope listed(long contextId, String subject, String name) {
        Sql sql = database.sql();
        long registration = sql.one("SELECT registration_id FROM lti_context WHERE id = ?",
                row -> row.getLong("registration_id"), contextId).orElseThrow();
        long user = sql.insert("INSERT INTO lti_user (registration_id, subject, name, created_at) VALUES (?, ?, ?, ?)",
                registration, subject, name, START);
        sql.update("INSERT INTO lti_membership (context_id, user_id, roles, tool_role, listed_at)"
                + " VALUES (?, ?, '', 'LEARNER', ?)", contextId, user, START);
        return new WorkScope(user, Optional.of(contextId));
    }

    /** Records that the user launched the tool in the course with the tool role given. */
    void join(long userId, long contextId, String toolRole) {
        database.sql().update("INSERT INTO lti_membership (context_id, user_id, roles, tool_role, last_launch_at)"
                + " VALUES (?, ?, '', ?, ?)", contextId, userId, toolRole, START);
    }

    static WorkFixture in(Path folder) {
        return new WorkFixture(folder, Optional.empty());
    }

    static WorkFixture withPacks(Path folder, Path packsDir) {
        return new WorkFixture(folder, Optional.of(packsDir.toString()));
    }

    @Override
    public void close() {
        database.close();
    }

    private static long user(Sql sql, long registration, String subject) {
        return sql.insert("INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                + " VALUES (?, ?, ?, ?)", registration, subject, START, START);
    }

    private static long context(Sql sql, long registration, String key) {
        return sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key, created_at, updated_at)"
                + " VALUES (?, 'd', ?, ?, ?)", registration, key, START, START);
    }
}
