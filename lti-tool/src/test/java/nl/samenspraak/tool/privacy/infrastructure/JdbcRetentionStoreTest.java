package nl.samenspraak.tool.privacy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import nl.samenspraak.tool.privacy.application.RetentionPolicy;
import nl.samenspraak.tool.privacy.application.RetentionResult;
import nl.samenspraak.tool.privacy.application.RetentionService;
import nl.samenspraak.tool.privacy.application.TeacherErased;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention run: its dry run, its erasure, and that two servers running it at once erase once. */
class JdbcRetentionStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    private PrivacyFixture fixture;
    private final List<TeacherErased> erased = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    private RetentionService service() {
        return new RetentionService(new JdbcRetentionStore(fixture.sql), new RetentionPolicy(24), new Recorded(),
                Clock.fixed(PrivacyFixture.NOW, ZoneOffset.UTC));
    }

    @Test
    void aCourseActiveWithinTheRetentionIsKept() {
        fixture = new PrivacyFixture(folder, PrivacyFixture.NOW.minus(700, ChronoUnit.DAYS));

        assertTrue(service().preview().courses().isEmpty());
        assertEquals(Optional.of(new RetentionResult(0, 0)), service().runFor(TODAY, "server-a"));
        assertEquals(3, fixture.count("lti_membership"));
    }

    @Test
    void theDryRunShowsWhatTwoServersRunningAtOnceEraseOnce() throws Exception {
        fixture = new PrivacyFixture(folder, PrivacyFixture.NOW.minus(800, ChronoUnit.DAYS));
        RetentionService service = service();

        RetentionService.Preview preview = service.preview();
        assertEquals(24, preview.months());
        assertEquals(List.of(fixture.course), preview.courses().stream().map(course -> course.courseId()).toList());
        assertEquals(3, preview.courses().get(0).participants());
        assertEquals(Optional.of("Ouderbetrokkenheid"), preview.courses().get(0).title());

        List<Optional<RetentionResult>> runs = AtOnce.run(2, () -> service.runFor(TODAY,
                Thread.currentThread().getName()));

        assertEquals(1, runs.stream().filter(Optional::isPresent).count(), runs.toString());
        assertEquals(new RetentionResult(1, 3), runs.stream().flatMap(Optional::stream).findFirst().orElseThrow());
        assertEquals(3, erased.size(), "each user removed is announced, once");
        assertEquals(List.of(0, 0, 0, 0), List.of(fixture.count("lti_membership"), fixture.count("teacher_work"),
                fixture.count("peer_partnership"), fixture.count("lti_user")));
        assertEquals(1, fixture.count("lti_context"), "the course stays, without personal data");
        assertTrue(service.preview().courses().isEmpty());
        assertEquals(Optional.of(new RetentionResult(1, 3)), service.preview().lastRun().orElseThrow().result());
        assertEquals(Optional.empty(), service.runFor(TODAY, "server-c"), "a day runs once");
    }

    @Test
    void aLearnerStillActiveInAnotherCourseKeepsTheirAccount() {
        fixture = new PrivacyFixture(folder, PrivacyFixture.NOW.minus(800, ChronoUnit.DAYS));
        long recent = fixture.sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key,"
                + " created_at, updated_at) VALUES (?, 'd', 'course-2', ?, ?)", fixture.registration,
                PrivacyFixture.NOW, PrivacyFixture.NOW);
        fixture.sql.update("INSERT INTO lti_membership (context_id, user_id, roles, tool_role, last_launch_at)"
                + " VALUES (?, ?, 'r', 'LEARNER', ?)", recent, fixture.anna, PrivacyFixture.NOW);
        fixture.sql.update("UPDATE lti_user SET last_launch_at = ? WHERE id = ?", PrivacyFixture.NOW, fixture.anna);

        assertEquals(Optional.of(new RetentionResult(1, 2)), service().runFor(TODAY, "server-a"));
        assertEquals(List.of(fixture.anna), fixture.sql.list("SELECT id FROM lti_user", row -> row.getLong(1)));
    }

    /** The event as CDI fires it synchronously: the observer runs on the caller's thread. */
    private final class Recorded implements Event<TeacherErased> {

        @Override
        public void fire(TeacherErased event) {
            erased.add(event);
        }

        @Override
        public <U extends TeacherErased> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends TeacherErased> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<TeacherErased> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends TeacherErased> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends TeacherErased> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
