package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * When and where a partner observes the other's parent conversation: either partner plans it until the
 * observation is submitted, and a calendar entry shows it.
 */
@Singleton
public class ObservationPlanning {

    /** The time the planning is in: the schools are Dutch, and the planning must read the same for both. */
    public static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    public static final int MAX_NOTE = 200;
    /** The shortest and longest conversation the planning takes: a short talk to a long home visit. */
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;
    /** A conversation is planned within a school year or two; a date further away is a typing error. */
    static final int MAX_YEARS_AWAY = 2;

    private final PeerParticipants participants;
    private final PeerCoachingStore store;
    private final Clock clock;
    private final WorkTransactions transactions;
    private final Texts texts;

    @Inject
    public ObservationPlanning(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                               CourseRoster roster, Clock clock, WorkTransactions transactions, Texts texts) {
        this.participants = new PeerParticipants(catalog, works, store, roster, texts);
        this.store = store;
        this.clock = clock;
        this.transactions = transactions;
        this.texts = texts;
    }

    /**
     * The planning as sent: the local date and time in {@link #SCHOOL_TIME} ("2026-12-03T15:30"), a note on
     * the place, the kind of conversation ({@link ConversationKind#id()}, or null) and its length in minutes
     * (null for the usual half hour).
     */
    public record PlanningInput(String plannedAt, String note, String kind, Integer minutes) {
    }

    /**
     * A planned observation with what a calendar entry for it shows.
     *
     * @param cancelled the conversation was called off: the calendar gets the cancellation of the same event
     */
    public record PlannedObservation(long observationId, int sequence, ZonedDateTime start, String note,
                                     LocalizedText observerName, LocalizedText observedName,
                                     LocalizedText assignmentTitle, Optional<ConversationKind> kind, int minutes,
                                     boolean cancelled) {

        /** A conversation of the usual length and no particular kind, going ahead, as planned before kinds existed. */
        public PlannedObservation(long observationId, int sequence, ZonedDateTime start, String note,
                                  LocalizedText observerName, LocalizedText observedName,
                                  LocalizedText assignmentTitle) {
            this(observationId, sequence, start, note, observerName, observedName, assignmentTitle, Optional.empty(),
                    StoredObservation.USUAL_MINUTES, false);
        }
    }

    /** Plans the conversation one partner observes; either partner may, until the observation is submitted. */
    public void plan(WorkScope scope, String assignmentId, long observationId, PlanningInput planning) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        StoredObservation observation = participants.observation(asker, observationId);
        PlanningInput input = planning == null ? new PlanningInput(null, null, null, null) : planning;
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        Optional<Instant> plannedAt = plannedAt(input.plannedAt(), issues);
        String note = PeerTexts.strip(input.note());
        PeerTexts.tooLong(texts, "note", note, MAX_NOTE).ifPresent(issues::add);
        Optional<ConversationKind> kind = kind(input.kind(), issues);
        OptionalInt minutes = minutes(input.minutes(), issues);
        PeerTexts.refuseIfAny(texts, TextKey.OBSERVATION_PLANNING_NOT_SAVED, issues);
        transactions.run(affected -> {
            if (observation.submitted() || !store.plan(observationId, plannedAt, note, kind, minutes)) {
                throw PeerTexts.observationSubmitted(texts);
            }
            asker.affectsBoth(affected, observation);
            return null;
        });
    }

    /**
     * Calls off the planned conversation; either partner may, until the observation is submitted. The date
     * stays, so that the calendar file cancels the same event; planning again undoes it.
     */
    public void cancel(WorkScope scope, String assignmentId, long observationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        StoredObservation observation = participants.observation(asker, observationId);
        if (observation.plannedAt().isEmpty() || observation.cancelled()) {
            LocalizedText nothing = texts.of(TextKey.OBSERVATION_PLANNING_NOTHING_TO_CANCEL);
            throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, nothing,
                    List.of(new WorkRejectedException.FieldIssue("plannedAt", nothing)));
        }
        transactions.run(affected -> {
            if (observation.submitted() || !store.cancel(observationId, clock.instant())) {
                throw PeerTexts.observationSubmitted(texts);
            }
            asker.affectsBoth(affected, observation);
            return null;
        });
    }

    /** A planned observation between the teacher and a partner, for a calendar. */
    public PlannedObservation planned(WorkScope scope, String assignmentId, long observationId) {
        PeerParticipants.Asker asker = participants.asker(scope, assignmentId);
        StoredObservation observation = participants.observation(asker, observationId);
        Instant at = observation.plannedAt().orElseThrow(() -> {
            LocalizedText planFirst = texts.of(TextKey.OBSERVATION_PLANNING_PLAN_FIRST);
            return new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, planFirst,
                    List.of(new WorkRejectedException.FieldIssue("plannedAt", planFirst)));
        });
        return new PlannedObservation(observationId, observation.planningSequence(), at.atZone(SCHOOL_TIME),
                observation.note(), PeerTexts.name(texts, asker.person(observation.observerId())),
                PeerTexts.name(texts, asker.person(observation.observedId())), asker.assignment().title(), observation.kind(),
                observation.minutes(), observation.cancelled());
    }

    private Optional<ConversationKind> kind(String id, List<WorkRejectedException.FieldIssue> issues) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<ConversationKind> kind = ConversationKind.of(id.strip());
        if (kind.isEmpty()) {
            String offered = Arrays.stream(ConversationKind.values()).map(ConversationKind::id)
                    .collect(Collectors.joining(", "));
            issues.add(new WorkRejectedException.FieldIssue("kind", texts.of(TextKey.OBSERVATION_PLANNING_CHOOSE_KIND, offered)));
        }
        return kind;
    }

    private OptionalInt minutes(Integer minutes, List<WorkRejectedException.FieldIssue> issues) {
        if (minutes == null) {
            return OptionalInt.empty();
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            issues.add(new WorkRejectedException.FieldIssue("minutes", texts.of(TextKey.OBSERVATION_PLANNING_CHOOSE_LENGTH, MIN_MINUTES, MAX_MINUTES)));
            return OptionalInt.empty();
        }
        return OptionalInt.of(minutes);
    }

    /** The days a conversation can be planned for, which the page's date picker offers. */
    public PlanningWindow planningWindow() {
        return PlanningWindow.around(clock.instant().atZone(SCHOOL_TIME).toLocalDate(), MAX_YEARS_AWAY);
    }

    /** The moment as sent, in school time, or empty to take the planning away; a wrong one adds an issue. */
    private Optional<Instant> plannedAt(String raw, List<WorkRejectedException.FieldIssue> issues) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = clock.instant().atZone(SCHOOL_TIME).toLocalDate();
        PlanningWindow window = planningWindow();
        try {
            LocalDateTime local = LocalDateTime.parse(raw.strip());
            if (window.contains(local.toLocalDate())) {
                return Optional.of(local.atZone(SCHOOL_TIME).toInstant());
            }
            issues.add(new WorkRejectedException.FieldIssue("plannedAt", window.chooseWithin(texts)));
        } catch (DateTimeParseException e) {
            issues.add(new WorkRejectedException.FieldIssue("plannedAt", texts.of(TextKey.OBSERVATION_PLANNING_WRITE_DATE_TIME, today)));
        }
        return Optional.empty();
    }
}
