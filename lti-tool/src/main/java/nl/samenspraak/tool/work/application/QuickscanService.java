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
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.ScaleDefinition;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Theme;
import nl.samenspraak.program.progress.QuickscanScorer;
import nl.samenspraak.program.progress.ThemeResult;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * A teacher's quickscan: attempts in the sector of their school, a value per statement (or the statement
 * skipped), a result per theme, and retakes to compare with. Only the current attempt, the latest while it
 * is not submitted, can be changed; a retake can be filled in although the assignment is submitted.
 * Each change is one transaction with the work locked; a refusal rolls it back, so it changes nothing.
 */
@Singleton
public class QuickscanService {

    private static final LocalizedText NOT_A_QUICKSCAN = LocalizedText.of("Deze opdracht is geen quickscan.",
            "This assignment is not a quickscan.");

    private final WorkAccess access;
    private final TeacherWorkStore works;
    private final QuickscanStore store;
    private final Clock clock;
    private final WorkTransactions transactions;
    private final QuickscanScorer scorer = new QuickscanScorer();

    @Inject
    public QuickscanService(ProgramCatalogService catalog, TeacherWorkStore works, QuickscanStore store, Clock clock,
                            WorkTransactions transactions) {
        this.access = new WorkAccess(catalog, works);
        this.works = works;
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
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
            throw WorkRejectedException.invalid("sectorId", LocalizedText.of(
                    "Kies een van de sectoren van deze quickscan: " + offered + ".",
                    "Choose one of the sectors of this quickscan: " + offered + "."));
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
                throw WorkRejectedException.invalid("value", LocalizedText.of(
                        "Kies een heel getal van " + scale.min() + " tot en met " + scale.max() + ".",
                        "Choose a whole number from " + scale.min() + " to " + scale.max() + "."));
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
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, LocalizedText.of(
                    "Vul de quickscan eerst in en lever hem in; daarna kun je hem opnieuw doen.",
                    "Fill in the quickscan and submit it first; then you can take it again."));
        }
        QuickscanAttempt latest = attempts.get(attempts.size() - 1);
        if (!latest.submitted()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, LocalizedText.of(
                    "Lever eerst de quickscan in die je nu invult; daarna kun je hem opnieuw doen.",
                    "Submit the quickscan you are filling in first; then you can take it again."));
        }
        boolean started = store.start(workId(scope, assignmentId), latest.number() + 1,
                latest.sectorId().orElseThrow(), clock.instant());
        if (!started) {
            throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE, LocalizedText.of(
                    "Er is net al een nieuwe poging begonnen.", "A new attempt has just been started already."));
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
                LocalizedText title = score.theme().title();
                missing.add(new WorkRejectedException.FieldIssue("quickscan.themes." + score.theme().id(),
                        LocalizedText.of("Beantwoord bij het thema '" + title.nl() + "' minstens \u00e9\u00e9n stelling.",
                                "Answer at least one statement in the theme '" + title.in(Language.EN) + "'.")));
            }
        }
        if (!missing.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, LocalizedText.of(
                    "Nog niet klaar om in te leveren: elk thema heeft minstens \u00e9\u00e9n antwoord nodig. Je antwoorden zijn bewaard.",
                    "Not ready to submit yet: every theme needs at least one answer. Your answers are saved."), missing);
        }
        if (!store.submit(workId(scope, quickscan.id()), attempt.id(), clock.instant())) {
            throw attemptSubmitted();
        }
    }

    private QuickscanAssignment quickscan(String assignmentId) {
        return access.assignment(assignmentId, QuickscanAssignment.class, NOT_A_QUICKSCAN);
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
            throw new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, LocalizedText.of(
                    "De stelling '" + statementId + "' hoort niet bij de sector die je koos.",
                    "The statement '" + statementId + "' is not part of the sector you chose."),
                    List.of(new WorkRejectedException.FieldIssue("statementId", LocalizedText.of(
                            "onbekende stelling in deze sector", "unknown statement in this sector"))));
        }
        return attempt;
    }

    /** The current attempt, refused when there is none or it has no sector yet ({@code sectorField} names it). */
    private static QuickscanAttempt currentWithSector(List<QuickscanAttempt> attempts, String sectorField) {
        Optional<QuickscanAttempt> latest = attempts.isEmpty() ? Optional.empty()
                : Optional.of(attempts.get(attempts.size() - 1));
        if (latest.map(QuickscanAttempt::submitted).orElse(false)) {
            throw attemptSubmitted();
        }
        if (latest.flatMap(QuickscanAttempt::sectorId).isEmpty()) {
            LocalizedText chooseFirst = LocalizedText.of("Kies eerst de sector van je school.",
                    "Choose your school's sector first.");
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

    private static WorkRejectedException attemptSubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                "Je hebt deze quickscan ingeleverd. Wil je hem opnieuw invullen, begin dan een nieuwe poging.",
                "You have submitted this quickscan. To fill it in again, start a new attempt."));
    }
}
