package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.samenspraak.program.progress.Answer;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProgressChanged} at the end of each use case, inside its transaction: fired once per change, with
 * the progress recorded before and now; what an observer writes commits with the use case, and an
 * observer's exception rolls the whole use case back.
 */
class ProgressChangedTest {

    private static final String READING = "klavertje-vier";
    private static final String LONG_ENOUGH =
            "Een antwoord dat lang genoeg is om mee te tellen, over mijn eigen schoolpraktijk met ouders.";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private TeacherWorkService work;
    private WorkScope teacher;
    private Sql sql;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        work = fixture.work;
        teacher = fixture.teacher;
        sql = fixture.database.sql();
        // What the grades outbox does: a row per change, written with Sql in the use case's transaction.
        sql.update("CREATE TABLE outbox_probe (user_id BIGINT NOT NULL, assignment_id VARCHAR(64) NOT NULL,"
                + " state VARCHAR(16) NOT NULL)");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFirstSaveStartsTheWorkAndASaveThatChangesNothingFiresNothing() {
        String question = firstQuestion();
        work.saveAnswer(teacher, READING, question, new Answer.TextAnswer("kort"));
        work.saveAnswer(teacher, READING, question, new Answer.TextAnswer("kort, nog steeds"));

        List<ProgressChanged> fired = fixture.progressEvents.fired();
        assertEquals(1, fired.size(), fired.toString());
        ProgressChanged started = fired.get(0);
        assertEquals(teacher, started.scope());
        assertEquals(READING, started.assignmentId());
        assertEquals(new Progress(ProgressState.NOT_STARTED, 0), started.before());
        assertEquals(ProgressState.IN_PROGRESS, started.after().state());
        assertEquals(WorkFixture.START, started.at());
        assertEquals(ProgressCause.TEACHER_WORK, started.cause());
    }

    @Test
    void submittingAndReturningForRevisionEachFireFromTheRecordedProgress() {
        answerAll();
        work.submit(teacher, READING);
        fixture.returnForRevision(teacher, READING);

        List<ProgressChanged> fired = fixture.progressEvents.fired();
        ProgressChanged submitted = fired.get(fired.size() - 2);
        ProgressChanged reopened = fired.get(fired.size() - 1);
        assertEquals(ProgressState.IN_PROGRESS, submitted.before().state());
        assertEquals(ProgressState.COMPLETED, submitted.after().state());
        assertEquals(submitted.after(), reopened.before());
        assertEquals(ProgressState.IN_PROGRESS, reopened.after().state());
        assertEquals(ProgressCause.TEACHER_WORK, submitted.cause());
        assertEquals(ProgressCause.RETURNED, reopened.cause());
    }

    @Test
    void withApprovalNeededTheTeachersUseCasesRecordSubmittedNotCompleted() {
        fixture.approvals.set(teacher.contextId().orElseThrow(), READING, true, fixture.trainer.userId(),
                WorkFixture.START);
        answerAll();
        work.submit(teacher, READING);
        fixture.returnForRevision(teacher, READING);
        work.submit(teacher, READING);

        List<ProgressChanged> fired = fixture.progressEvents.fired();
        List<ProgressState> states = fired.subList(fired.size() - 3, fired.size()).stream()
                .map(change -> change.after().state()).toList();
        assertEquals(List.of(ProgressState.SUBMITTED, ProgressState.IN_PROGRESS, ProgressState.SUBMITTED), states,
                "complete by the rules, but waiting for the trainer's approval");
        assertTrue(fired.stream().noneMatch(change -> change.after().state() == ProgressState.COMPLETED));
    }

    @Test
    void whatAnObserverWritesCommitsWithTheUseCase() {
        fixture.progressEvents.observeWith(this::writeToOutbox);

        work.saveAnswer(teacher, READING, firstQuestion(), new Answer.TextAnswer("kort"));

        assertEquals(List.of(teacher.userId() + " " + READING + " IN_PROGRESS"), outbox());
    }

    @Test
    void anObserverThatFailsRollsBackTheUseCaseAndItsOwnWrite() {
        IllegalStateException failure = new IllegalStateException("the outbox is full");
        fixture.progressEvents.observeWith(event -> {
            writeToOutbox(event);
            throw failure;
        });

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                work.saveAnswer(teacher, READING, firstQuestion(), new Answer.TextAnswer("kort")));

        assertSame(failure, thrown);
        assertTrue(work.assignment(teacher, READING).stored().isEmpty(), "neither the work nor the answer is kept");
        assertEquals(List.of(), outbox());

        fixture.progressEvents.observeWith(this::writeToOutbox);
        work.saveAnswer(teacher, READING, firstQuestion(), new Answer.TextAnswer("kort"));
        assertEquals(List.of(teacher.userId() + " " + READING + " IN_PROGRESS"), outbox(),
                "the progress recorded was rolled back too, so the change is fired again");
    }

    @Test
    void aRefusedUseCaseFiresNothing() {
        answerAll();
        work.submit(teacher, READING);
        int before = fixture.progressEvents.fired().size();

        assertThrows(WorkRejectedException.class, () ->
                work.saveAnswer(teacher, READING, firstQuestion(), new Answer.TextAnswer("te laat")));

        assertEquals(before, fixture.progressEvents.fired().size());
    }

    private void writeToOutbox(ProgressChanged event) {
        sql.update("INSERT INTO outbox_probe (user_id, assignment_id, state) VALUES (?, ?, ?)",
                event.scope().userId(), event.assignmentId(), event.after().state());
    }

    private List<String> outbox() {
        return sql.list("SELECT user_id, assignment_id, state FROM outbox_probe", row -> row.getLong("user_id") + " "
                + row.getString("assignment_id") + " " + row.getString("state"));
    }

    private String firstQuestion() {
        return work.assignment(teacher, READING).placement().assignment().questions().get(0).id();
    }

    private void answerAll() {
        work.assignment(teacher, READING).placement().assignment().questions().forEach(question ->
                work.saveAnswer(teacher, READING, question.id(), new Answer.TextAnswer(LONG_ENOUGH)));
    }
}
