package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ScaleDefinition;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Theme;
import nl.samenspraak.program.progress.QuickscanScorer;
import nl.samenspraak.program.progress.ThemeResult;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * A teacher's quickscan: attempts in the sector of their school, a value per statement (or the statement
 * skipped), a result per theme, and retakes to compare with. Only the current attempt, the latest while it
 * is not submitted, can be changed; a retake can be filled in although the assignment is submitted.
 * Each change is one transaction with the work locked; a refusal rolls it back, so it changes nothing.
 */
@Singleton
public class QuickscanService {

    private final WorkAccess access;
    private final TeacherWorkStore works;
    private final QuickscanStore store;
    private final Clock clock;
    private final WorkTransactions transactions;
    private final Texts texts;
    private final QuickscanScorer scorer = new QuickscanScorer();

    @Inject
    public QuickscanService(ProgramCatalogService catalog, TeacherWorkStore works, QuickscanStore store, Clock clock,
                            WorkTransactions transactions, Texts texts) {
        this.access = new WorkAccess(catalog, works, texts);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
        this.texts = texts;
    }

    /** A theme of the attempt's sector with its result. */
    public record ThemeScore(Theme theme, ThemeResult result) {
    }

    /** An attempt with a result per theme of its sector; no results before a sector is chosen. */
    public record ScoredAttempt(QuickscanAttempt attempt, List<ThemeScore> results) {
    }

    /** The teacher's attempts at a quickscan, oldest first. */
    public record Attempts(QuickscanAssignment quickscan, List<ScoredAttempt> attempts) {

        public Attempts {
            attempts = List.copyOf(attempts);
        }

        /** The attempt that can be changed: the latest, unless it is submitted. */
        public Optional<QuickscanAttempt> current() {
            return attempts.isEmpty() ? Optional.empty()
                    : Optional.of(attempts.get(attempts.size() - 1).attempt()).filter(latest -> !latest.submitted());
        }
    }

    public Attempts attempts(WorkScope scope, String assignmentId) {
        QuickscanAssignment quickscan = quickscan(assignmentId);
        return new Attempts(quickscan, stored(scope, assignmentId).stream()
                .map(attempt -> new ScoredAttempt(attempt, results(quickscan, attempt))).toList());
    }

    /**
     * Chooses the sector of the current attempt, starting the first attempt when there is none. A different
     * sector removes the responses given so far.
     */
    public void chooseSector(WorkScope scope, String assignmentId, String sectorId) {
        QuickscanAssignment quickscan = quickscan(assignmentId);
        boolean known = sectorId != null && quickscan.sectors().stream().anyMatch(sector -> sector.id().equals(sectorId));
        if (!known) {
            String offered = quickscan.sectors().stream().map(Sector::id).collect(Collectors.joining(", "));
            throw WorkRejectedException.invalid("sectorId",
                    texts.of(TextKey.QUICKSCAN_CHOOSE_ONE_SECTORS_QUICKSCAN, offered));
        }
        transactions.run(affected -> {
            Instant now = clock.instant();
            long workId = works.ensure(scope, assignmentId, now);
            works.lock(scope, assignmentId);
            affected.add(scope, assignmentId);
            List<QuickscanAttempt> attempts = store.attempts(workId);
            if (attempts.isEmpty()) {
                // The lock keeps any other request of the teacher from starting it meanwhile.
                store.start(workId, 1, sectorId, now);
                return null;
            }
            QuickscanAttempt latest = attempts.get(attempts.size() - 1);
            if (latest.submitted()) {
                throw attemptSubmitted();
            }
            store.chooseSector(workId, latest.id(), sectorId, now);
            return null;
        });
    }

    /** Gives a statement of the current attempt's sector a value on the quickscan's scale. */
    public void respond(WorkScope scope, String assignmentId, String statementId, BigDecimal value) {
        QuickscanAssignment quickscan = quickscan(assignmentId);
        transactions.run(affected -> {
            works.lock(scope, assignmentId);
            QuickscanAttempt attempt = statementInCurrentAttempt(scope, quickscan, statementId);
            ScaleDefinition scale = quickscan.scale();
            if (value == null || value.stripTrailingZeros().scale() > 0
                    || value.compareTo(BigDecimal.valueOf(scale.min())) < 0
                    || value.compareTo(BigDecimal.valueOf(scale.max())) > 0) {
                throw WorkRejectedException.invalid("value",
                        texts.of(TextKey.QUICKSCAN_CHOOSE_WHOLE_NUMBER_FROM, scale.min(), scale.max()));
            }
            store.respond(workId(scope, assignmentId), attempt.id(), statementId, value.intValueExact(), clock.instant());
            affected.add(scope, assignmentId);
            return null;
        });
    }

    /** Leaves a statement of the current attempt without a value: it does not apply to the teacher. */
    public void skip(WorkScope scope, String assignmentId, String statementId) {
        QuickscanAssignment quickscan = quickscan(assignmentId);
        transactions.run(affected -> {
            works.lock(scope, assignmentId);
            QuickscanAttempt attempt = statementInCurrentAttempt(scope, quickscan, statementId);
            store.skip(workId(scope, assignmentId), attempt.id(), statementId, clock.instant());
            affected.add(scope, assignmentId);
            return null;
        });
    }

    /** Starts a new attempt in the same sector, once the latest is submitted; its responses start empty. */
    public void retake(WorkScope scope, String assignmentId) {
        quickscan(assignmentId);
        transactions.run(affected -> {
            works.lock(scope, assignmentId);
            affected.add(scope, assignmentId);
            retakeLocked(scope, assignmentId);
            return null;
        });
    }

    private void retakeLocked(WorkScope scope, String assignmentId) {
        List<QuickscanAttempt> attempts = stored(scope, assignmentId);
        if (attempts.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                    texts.of(TextKey.QUICKSCAN_FILL_QUICKSCAN_SUBMIT_THEN));
        }
        QuickscanAttempt latest = attempts.get(attempts.size() - 1);
        if (!latest.submitted()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                    texts.of(TextKey.QUICKSCAN_SUBMIT_QUICKSCAN_FILLING_THEN));
        }
        boolean started = store.start(workId(scope, assignmentId), latest.number() + 1,
                latest.sectorId().orElseThrow(), clock.instant());
        if (!started) {
            throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE,
                    texts.of(TextKey.QUICKSCAN_NEW_ATTEMPT_JUST_BEEN));
        }
    }

    /**
     * Submits the current attempt, inside the submission's transaction with the work locked: every theme of its sector needs at least one answered statement. The
     * first submission submits the assignment; a retake leaves it submitted.
     */
    void submit(WorkScope scope, QuickscanAssignment quickscan) {
        List<QuickscanAttempt> attempts = stored(scope, quickscan.id());
        QuickscanAttempt attempt = currentWithSector(attempts, "quickscan.sectorId");
        List<WorkRejectedException.FieldIssue> missing = new ArrayList<>();
        for (ThemeScore score : results(quickscan, attempt)) {
            if (score.result().answered() == 0) {
                missing.add(new WorkRejectedException.FieldIssue("quickscan.themes." + score.theme().id(),
                        texts.of(TextKey.QUICKSCAN_THEME_UNANSWERED, score.theme().title())));
            }
        }
        if (!missing.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY,
                    texts.of(TextKey.QUICKSCAN_NOT_READY), missing);
        }
        if (!store.submit(workId(scope, quickscan.id()), attempt.id(), clock.instant())) {
            throw attemptSubmitted();
        }
    }

    private QuickscanAssignment quickscan(String assignmentId) {
        return access.assignment(assignmentId, QuickscanAssignment.class,
                texts.of(TextKey.QUICKSCAN_NOT_A_QUICKSCAN));
    }

    private List<QuickscanAttempt> stored(WorkScope scope, String assignmentId) {
        return works.find(scope, assignmentId).map(work -> store.attempts(work.id())).orElse(List.of());
    }

    /** The id of work that has attempts, so exists. */
    private long workId(WorkScope scope, String assignmentId) {
        return works.find(scope, assignmentId).orElseThrow().id();
    }

    private QuickscanAttempt statementInCurrentAttempt(WorkScope scope, QuickscanAssignment quickscan, String statementId) {
        QuickscanAttempt attempt = currentWithSector(stored(scope, quickscan.id()), "sectorId");
        boolean inSector = sector(quickscan, attempt).stream().flatMap(sector -> sector.themes().stream())
                .flatMap(theme -> theme.statements().stream()).anyMatch(statement -> statement.id().equals(statementId));
        if (!inSector) {
            throw new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART,
                    texts.of(TextKey.QUICKSCAN_STATEMENT_NOT_PART_SECTOR, statementId),
                    List.of(new WorkRejectedException.FieldIssue("statementId",
                            texts.of(TextKey.QUICKSCAN_UNKNOWN_STATEMENT_SECTOR))));
        }
        return attempt;
    }

    /** The current attempt, refused when there is none or it has no sector yet ({@code sectorField} names it). */
    private QuickscanAttempt currentWithSector(List<QuickscanAttempt> attempts, String sectorField) {
        Optional<QuickscanAttempt> latest = attempts.isEmpty() ? Optional.empty()
                : Optional.of(attempts.get(attempts.size() - 1));
        if (latest.map(QuickscanAttempt::submitted).orElse(false)) {
            throw attemptSubmitted();
        }
        if (latest.flatMap(QuickscanAttempt::sectorId).isEmpty()) {
            LocalizedText chooseFirst = texts.of(TextKey.QUICKSCAN_CHOOSE_SCHOOL_S_SECTOR);
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, chooseFirst,
                    List.of(new WorkRejectedException.FieldIssue(sectorField, chooseFirst)));
        }
        return latest.get();
    }

    private List<ThemeScore> results(QuickscanAssignment quickscan, QuickscanAttempt attempt) {
        Optional<Sector> sector = sector(quickscan, attempt);
        if (sector.isEmpty()) {
            return List.of();
        }
        Map<String, ThemeResult> byTheme = scorer.results(quickscan, attempt.scored()).stream()
                .filter(result -> result.sectorId().equals(sector.get().id()))
                .collect(Collectors.toMap(ThemeResult::themeId, Function.identity()));
        return sector.get().themes().stream().map(theme -> new ThemeScore(theme, byTheme.get(theme.id()))).toList();
    }

    private static Optional<Sector> sector(QuickscanAssignment quickscan, QuickscanAttempt attempt) {
        return attempt.sectorId().flatMap(id -> quickscan.sectors().stream()
                .filter(sector -> sector.id().equals(id)).findFirst());
    }

    private WorkRejectedException attemptSubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED,
                texts.of(TextKey.QUICKSCAN_SUBMITTED_QUICKSCAN_FILL_AGAIN));
    }
}
