package nl.samenspraak.tool.work.application;

import java.time.Duration;
import static nl.samenspraak.tool.work.application.Refusals.fields;
import static nl.samenspraak.tool.work.application.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Theme;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.program.progress.QuickscanResponse;
import nl.samenspraak.tool.work.application.WorkRejectedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickscan of the built-in pack (scale 1 to 4, sectors po, vo and mbo), stored in a real embedded database. */
class QuickscanServiceTest {

    private static final String SCAN = "kennismakingsgesprek-quickscan";
    private static final String READING = "klavertje-vier";
    /** Only in the sector vo. */
    private static final String VO_ONLY = "buitenschoolse-activiteiten";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private QuickscanService quickscans;
    private TeacherWorkService work;
    private WorkScope teacher;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        quickscans = fixture.quickscans;
        work = fixture.work;
        teacher = fixture.teacher;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void choosingASectorStartsTheFirstAttemptWithAnEmptyResultPerTheme() {
        quickscans.chooseSector(teacher, SCAN, "po");

        QuickscanService.Attempts attempts = quickscans.attempts(teacher, SCAN);
        QuickscanAttempt first = attempts.attempts().get(0).attempt();
        assertEquals(1, attempts.attempts().size());
        assertEquals(1, first.number());
        assertEquals(Optional.of("po"), first.sectorId());
        assertEquals(Optional.of(first), attempts.current());
        assertEquals(sector("po").themes(), attempts.attempts().get(0).results().stream()
                .map(QuickscanService.ThemeScore::theme).toList());
        assertTrue(attempts.attempts().get(0).results().stream().allMatch(score -> score.result().answered() == 0
                && score.result().score().isEmpty()));
    }

    @Test
    void anUnknownSectorIsRefusedAndNothingIsStored() {
        assertEquals(List.of("sectorId"), fields(refused(Reason.INVALID_INPUT, () -> quickscans.chooseSector(teacher, SCAN, "hbo"))));
        refused(Reason.INVALID_INPUT, () -> quickscans.chooseSector(teacher, SCAN, null));

        assertTrue(work.assignment(teacher, SCAN).stored().isEmpty());
    }

    @Test
    void noResponseBeforeASectorIsChosen() {
        refused(Reason.NOT_READY, () -> quickscans.respond(teacher, SCAN, statement("po", 0, 0), BigDecimal.ONE));
        refused(Reason.NOT_READY, () -> quickscans.skip(teacher, SCAN, statement("po", 0, 0)));

        assertTrue(work.assignment(teacher, SCAN).stored().isEmpty());
    }

    @Test
    void aValueMustBeAWholeNumberOnTheScaleAndARefusedOneLeavesTheSavedOne() {
        quickscans.chooseSector(teacher, SCAN, "po");
        String statement = statement("po", 0, 0);
        quickscans.respond(teacher, SCAN, statement, BigDecimal.valueOf(3));

        for (BigDecimal wrong : new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(5), new BigDecimal("2.5"), null}) {
            assertEquals(List.of("value"), fields(refused(Reason.INVALID_INPUT, () ->
                    quickscans.respond(teacher, SCAN, statement, wrong))), String.valueOf(wrong));
        }
        quickscans.respond(teacher, SCAN, statement("po", 0, 1), new BigDecimal("4.0"));

        assertEquals(Map.of(statement, 3, statement("po", 0, 1), 4), current().responses());
    }

    @Test
    void aStatementOutsideTheChosenSectorIsNotFound() {
        quickscans.chooseSector(teacher, SCAN, "po");

        WorkRejectedException refused = refused(Reason.UNKNOWN_PART, () ->
                quickscans.respond(teacher, SCAN, VO_ONLY, BigDecimal.ONE));
        assertEquals(List.of("statementId"), fields(refused));
        refused(Reason.UNKNOWN_PART, () -> quickscans.skip(teacher, SCAN, "no-such-statement"));
        assertEquals(Map.of(), current().responses());
    }

    @Test
    void changingTheSectorRemovesTheResponsesChoosingItAgainKeepsThem() {
        quickscans.chooseSector(teacher, SCAN, "po");
        quickscans.respond(teacher, SCAN, statement("po", 0, 0), BigDecimal.valueOf(2));

        quickscans.chooseSector(teacher, SCAN, "po");
        assertEquals(Map.of(statement("po", 0, 0), 2), current().responses());

        quickscans.chooseSector(teacher, SCAN, "vo");
        assertEquals(Optional.of("vo"), current().sectorId());
        assertEquals(Map.of(), current().responses());
        quickscans.respond(teacher, SCAN, VO_ONLY, BigDecimal.ONE);
        assertEquals(1, quickscans.attempts(teacher, SCAN).attempts().size());
    }

    @Test
    void aSkippedStatementIsLeftOutOfItsThemesResult() {
        quickscans.chooseSector(teacher, SCAN, "po");
        quickscans.respond(teacher, SCAN, statement("po", 0, 0), BigDecimal.valueOf(4));
        quickscans.respond(teacher, SCAN, statement("po", 0, 1), BigDecimal.valueOf(2));
        assertEquals(2.0 / 3, firstTheme().score().orElseThrow(), 1e-9, "the mean of 4 and 2 on a scale of 1 to 4");

        quickscans.skip(teacher, SCAN, statement("po", 0, 0));
        quickscans.skip(teacher, SCAN, statement("po", 0, 0));

        assertEquals(1, firstTheme().answered());
        assertEquals(4, firstTheme().statements());
        assertEquals(1.0 / 3, firstTheme().score().orElseThrow(), 1e-9);
        assertEquals(ProgressState.IN_PROGRESS, work.assignment(teacher, SCAN).progress().state());
    }

    @Test
    void submittingNeedsASectorAndNamesEveryThemeWithoutAnAnswer() {
        assertEquals(List.of("quickscan.sectorId"), fields(refused(Reason.NOT_READY, () -> work.submit(teacher, SCAN))));
        quickscans.chooseSector(teacher, SCAN, "po");
        quickscans.respond(teacher, SCAN, statement("po", 0, 0), BigDecimal.ONE);

        WorkRejectedException notReady = refused(Reason.NOT_READY, () -> work.submit(teacher, SCAN));

        assertEquals(sector("po").themes().stream().skip(1).map(theme -> "quickscan.themes." + theme.id()).toList(),
                fields(notReady));
        assertTrue(notReady.issues().get(0).message().nl().contains(sector("po").themes().get(1).title().nl()));
        assertFalse(work.assignment(teacher, SCAN).work().submitted());
        assertTrue(current().submittedAt().isEmpty());
    }

    @Test
    void theFirstSubmissionCompletesTheAssignmentAndLocksTheAttempt() {
        fillIn("po", 3);
        work.submit(teacher, SCAN);

        TeacherWorkService.AssignmentWork done = work.assignment(teacher, SCAN);
        assertEquals(ProgressState.COMPLETED, done.progress().state());
        assertTrue(done.readOnly());
        assertTrue(quickscans.attempts(teacher, SCAN).current().isEmpty());
        refused(Reason.ALREADY_SUBMITTED, () -> quickscans.respond(teacher, SCAN, statement("po", 0, 1), BigDecimal.ONE));
        refused(Reason.ALREADY_SUBMITTED, () -> quickscans.skip(teacher, SCAN, statement("po", 0, 0)));
        refused(Reason.ALREADY_SUBMITTED, () -> quickscans.chooseSector(teacher, SCAN, "vo"));
        refused(Reason.ALREADY_SUBMITTED, () -> work.submit(teacher, SCAN));
        assertEquals(5, quickscans.attempts(teacher, SCAN).attempts().get(0).attempt().responses().size());
    }

    @Test
    void aRetakeIsFilledInWhileTheAssignmentStaysCompletedAndBothResultsRemain() {
        fillIn("po", 4);
        work.submit(teacher, SCAN);
        fixture.clock.advance(Duration.ofSeconds(3600));

        quickscans.retake(teacher, SCAN);

        QuickscanAttempt retake = current();
        assertEquals(2, retake.number());
        assertEquals(Optional.of("po"), retake.sectorId());
        assertEquals(Map.of(), retake.responses());
        assertEquals(WorkFixture.START.plusSeconds(3600), retake.startedAt());
        assertEquals(ProgressState.COMPLETED, work.assignment(teacher, SCAN).progress().state());

        quickscans.respond(teacher, SCAN, statement("po", 0, 0), BigDecimal.ONE);
        refused(Reason.NOT_READY, () -> work.submit(teacher, SCAN));
        assertEquals(ProgressState.COMPLETED, work.assignment(teacher, SCAN).progress().state(),
                "a retake in progress does not undo the completed quickscan");
        fillIn("po", 1);
        work.submit(teacher, SCAN);

        List<QuickscanService.ScoredAttempt> attempts = quickscans.attempts(teacher, SCAN).attempts();
        assertEquals(List.of(1, 2), attempts.stream().map(scored -> scored.attempt().number()).toList());
        assertTrue(attempts.stream().allMatch(scored -> scored.attempt().submitted()));
        assertEquals(OptionalDouble.of(1.0), attempts.get(0).results().get(0).result().score());
        assertEquals(OptionalDouble.of(0.0), attempts.get(1).results().get(0).result().score());
        TeacherWorkService.AssignmentWork done = work.assignment(teacher, SCAN);
        assertEquals(ProgressState.COMPLETED, done.progress().state());
        assertTrue(done.work().quickscanResponses().stream().allMatch(response -> response.value() == 1),
                "the progress reads the latest submitted attempt");
    }

    @Test
    void aRetakeOnlyFollowsASubmittedAttempt() {
        refused(Reason.NOT_READY, () -> quickscans.retake(teacher, SCAN));
        assertTrue(work.assignment(teacher, SCAN).stored().isEmpty());
        fillIn("mbo", 2);
        refused(Reason.NOT_READY, () -> quickscans.retake(teacher, SCAN));
        work.submit(teacher, SCAN);
        quickscans.retake(teacher, SCAN);

        refused(Reason.NOT_READY, () -> quickscans.retake(teacher, SCAN));

        assertEquals(2, quickscans.attempts(teacher, SCAN).attempts().size());
    }

    @Test
    void aReopenedQuickscanCanBeChangedInItsLatestAttempt() {
        fillIn("po", 2);
        work.submit(teacher, SCAN);

        fixture.returnForRevision(teacher, SCAN);

        assertEquals(1, current().number());
        assertEquals(ProgressState.IN_PROGRESS, work.assignment(teacher, SCAN).progress().state());
        quickscans.respond(teacher, SCAN, statement("po", 0, 0), BigDecimal.valueOf(4));
        work.submit(teacher, SCAN);
        assertEquals(ProgressState.COMPLETED, work.assignment(teacher, SCAN).progress().state());
        assertTrue(work.assignment(teacher, SCAN).work().quickscanResponses()
                .contains(new QuickscanResponse("po", statement("po", 0, 0), 4)));
    }

    @Test
    void theQuickscanIsPerCourseAndOnlyForAQuickscan() {
        fillIn("po", 3);

        assertTrue(quickscans.attempts(fixture.otherCourse, SCAN).attempts().isEmpty());
        refused(Reason.NOT_READY, () -> quickscans.respond(fixture.otherCourse, SCAN, statement("po", 0, 0), BigDecimal.ONE));
        refused(Reason.UNKNOWN_PART, () -> quickscans.chooseSector(teacher, READING, "po"));
        refused(Reason.UNKNOWN_ASSIGNMENT, () -> quickscans.chooseSector(teacher, "no-such-assignment", "po"));
        assertEquals(5, current().responses().size());
    }

    /** Gives the first statement of every theme of the sector the value. */
    private void fillIn(String sectorId, int value) {
        if (quickscans.attempts(teacher, SCAN).current().flatMap(QuickscanAttempt::sectorId).isEmpty()) {
            quickscans.chooseSector(teacher, SCAN, sectorId);
        }
        for (Theme theme : sector(sectorId).themes()) {
            quickscans.respond(teacher, SCAN, theme.statements().get(0).id(), BigDecimal.valueOf(value));
        }
    }

    private QuickscanAttempt current() {
        return quickscans.attempts(teacher, SCAN).current().orElseThrow();
    }

    private nl.samenspraak.program.progress.ThemeResult firstTheme() {
        List<QuickscanService.ScoredAttempt> attempts = quickscans.attempts(teacher, SCAN).attempts();
        return attempts.get(attempts.size() - 1).results().get(0).result();
    }

    private Sector sector(String sectorId) {
        QuickscanAssignment scan = (QuickscanAssignment) work.assignment(teacher, SCAN).placement().assignment();
        return scan.sectors().stream().filter(sector -> sector.id().equals(sectorId)).findFirst().orElseThrow();
    }

    private String statement(String sectorId, int theme, int statement) {
        return sector(sectorId).themes().get(theme).statements().get(statement).id();
    }
}
