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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import nl.samenspraak.tool.work.application.PeerCoachingStore.Pairing;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.ObservableBehaviour;
import nl.samenspraak.program.content.ObservationForm;
import nl.samenspraak.program.content.ObservationMark;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * Peer coaching between learners of one course: choosing and ending partnerships, planning the observed
 * conversation, the observer's form as a draft and its submission. Only learners of the session's course
 * take part, and only with each other; an observation is read and changed only by the pair, its form only by
 * the observer, and the observed partner sees the form once it is submitted. Every refusal comes before the
 * first write.
 */
@Singleton
public class PeerCoachingService {

    /** The time the planning is in: the schools are Dutch, and the planning must read the same for both. */
    public static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    public static final int MAX_NOTE = 200;
    public static final int MAX_EXAMPLE = 1000;
    public static final int MAX_FEEDBACK = 2000;
    /** A conversation is planned within a school year or two; a date further away is a typing error. */
    static final int MAX_YEARS_AWAY = 2;

    private static final LocalizedText NOT_PEER_COACHING = LocalizedText.of(
            "Deze opdracht is geen intercollegiale coaching.", "This assignment is not a peer-coaching assignment.");
    private static final LocalizedText NO_NAME = LocalizedText.of("Collega zonder naam", "Colleague without a name");

    private final WorkAccess access;
    private final TeacherWorkStore works;
    private final PeerCoachingStore store;
    private final CourseRoster roster;
    private final Clock clock;
    private final WorkTransactions transactions;

    @Inject
    public PeerCoachingService(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                               CourseRoster roster, Clock clock, WorkTransactions transactions) {
        this.access = new WorkAccess(catalog, works);
        this.works = works;
        this.store = store;
        this.roster = roster;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A learner of the course besides the teacher: already a partner, or with room for the teacher as one. */
    public record Colleague(CourseRoster.Participant person, boolean partner, boolean available) {
    }

    /**
     * A partner with the observation each way. The received one carries the partner's form only once it is
     * submitted.
     *
     * @param canEnd            whether the partnership can still be ended: nothing between them is submitted
     * @param formerParticipant the partner is no longer among the course's learners (erased): what they
     *                          submitted stays, from "a former participant"
     */
    public record Partner(CourseRoster.Participant person, boolean chosenByMe, Instant since, StoredObservation given,
                          StoredObservation received, boolean canEnd, boolean formerParticipant) {
    }

    /**
     * The teacher's peer coaching in an assignment.
     *
     * @param maxPartners how many partners a teacher can have: as many as observations to give or receive
     * @param canChoose   whether the teacher has room for another partner
     */
    public record PeerCoaching(PeerCoachingAssignment assignment, int maxPartners, boolean canChoose,
                               List<Colleague> colleagues, List<Partner> partners) {

        public PeerCoaching {
            colleagues = List.copyOf(colleagues);
            partners = List.copyOf(partners);
        }
    }

    /** The planning as sent: the local date and time in {@link #SCHOOL_TIME} ("2026-12-03T15:30") and a note. */
    public record PlanningInput(String plannedAt, String note) {
    }

    /** The observer's form as sent: behaviour id to mark and example, the compliment and the tip. */
    public record FormInput(Map<String, MarkInput> marks, String compliment, String tip) {
    }

    /** A mark of the form (or none yet) and an example, for one behaviour. */
    public record MarkInput(String markId, String example) {
    }

    /** A planned observation with what a calendar entry for it shows. */
    public record PlannedObservation(long observationId, int sequence, ZonedDateTime start, String note,
                                     LocalizedText observerName, LocalizedText observedName,
                                     LocalizedText assignmentTitle) {
    }

    /** Who asks, where: a learner of the session's course, with the course's learners. */
    private record Asker(PeerCoachingAssignment assignment, long contextId, long userId,
                         Map<Long, CourseRoster.Participant> learners) {

        int maxPartners() {
            return Math.max(assignment.observations().give(), assignment.observations().receive());
        }

        CourseRoster.Participant person(long userId) {
            return learners.getOrDefault(userId, new CourseRoster.Participant(userId, Optional.empty(), Optional.empty()));
        }
    }

    /** @throws WorkRejectedException (forbidden) for anyone who is not a learner of the session's course */
    public PeerCoaching state(WorkScope scope, String assignmentId) {
        return state(asker(scope, assignmentId));
    }

    /** The teacher's peer coaching, or empty when they take no part: no course, or not a learner in it. */
    public Optional<PeerCoaching> find(WorkScope scope, String assignmentId) {
        return participant(scope, assignment(assignmentId)).map(this::state);
    }

    private PeerCoaching state(Asker asker) {
        String assignmentId = asker.assignment().id();
        List<Partnership> partnerships = partnerships(asker);
        Map<Long, Integer> counts = store.partnerCounts(asker.contextId(), assignmentId);
        boolean canChoose = partnerships.size() < asker.maxPartners();
        List<Colleague> colleagues = asker.learners().values().stream()
                .filter(person -> person.userId() != asker.userId())
                .map(person -> {
                    boolean partner = partnerships.stream().anyMatch(pair -> pair.partnerOf(asker.userId()) == person.userId());
                    boolean hasRoom = counts.getOrDefault(person.userId(), 0) < asker.maxPartners();
                    return new Colleague(person, partner, !partner && canChoose && hasRoom);
                }).toList();
        List<Partner> partners = partnerships.stream().map(pair -> {
            long partnerId = pair.partnerOf(asker.userId());
            StoredObservation received = pair.observationBy(partnerId);
            return new Partner(asker.person(partnerId), pair.chosenBy() == asker.userId(), pair.since(),
                    pair.observationBy(asker.userId()), received.submitted() ? received : received.withoutForm(),
                    !pair.anySubmitted(), !asker.learners().containsKey(partnerId));
        }).toList();
        return new PeerCoaching(asker.assignment(), asker.maxPartners(), canChoose, colleagues, partners);
    }

    /** Makes the teacher and a colleague of the course partners, both ways. */
    public void choose(WorkScope scope, String assignmentId, Long colleagueId) {
        Asker asker = asker(scope, assignmentId);
        if (colleagueId == null) {
            throw WorkRejectedException.invalid("userId", LocalizedText.of("Zeg welke collega je kiest: userId.",
                    "Say which colleague you choose: userId."));
        }
        if (colleagueId == asker.userId()) {
            throw WorkRejectedException.invalid("userId", LocalizedText.of("Kies een collega, niet jezelf.",
                    "Choose a colleague, not yourself."));
        }
        CourseRoster.Participant colleague = asker.learners().get(colleagueId);
        if (colleague == null) {
            throw unknownColleague();
        }
        LocalizedText name = name(colleague);
        transactions.run(affected -> {
            Instant now = clock.instant();
            Pairing pairing = store.pair(asker.contextId(), assignmentId, asker.userId(), colleagueId,
                    asker.maxPartners(), now);
            refuseUnlessPaired(pairing, asker, name);
            works.ensure(scope, assignmentId, now);
            affectsBoth(affected, asker, colleagueId);
            return null;
        });
    }

    private static void refuseUnlessPaired(Pairing pairing, Asker asker, LocalizedText name) {
        switch (pairing) {
            case PAIRED -> {
                // the pair is made: nothing to refuse
            }
            case ALREADY_PARTNERS -> throw alreadyThere(LocalizedText.of(name.nl() + " is al je coachingspartner.",
                    name.in(Language.EN) + " is your coaching partner already."));
            case CHOOSER_FULL -> throw alreadyThere(LocalizedText.of("Je hebt al "
                            + partners(asker.maxPartners(), Language.NL) + "; meer zijn er bij deze opdracht niet nodig.",
                    "You have " + partners(asker.maxPartners(), Language.EN) + " already; this assignment needs no more."));
            case PARTNER_FULL -> throw alreadyThere(LocalizedText.of(
                    name.nl() + " heeft al genoeg coachingspartners. Kies een andere collega.",
                    name.in(Language.EN) + " has enough coaching partners already. Choose another colleague."));
        }
    }

    /** Ends a partnership, as long as neither partner submitted an observation of the other. */
    public void end(WorkScope scope, String assignmentId, long partnerId) {
        Asker asker = asker(scope, assignmentId);
        Partnership pair = partnerships(asker).stream().filter(found -> found.partnerOf(asker.userId()) == partnerId)
                .findFirst().orElseThrow(() -> new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART,
                        LocalizedText.of("Deze collega is niet je coachingspartner in deze opdracht.",
                                "This colleague is not your coaching partner in this assignment."),
                        List.of(new WorkRejectedException.FieldIssue("userId", LocalizedText.of(
                                "geen coachingspartner", "not a coaching partner")))));
        transactions.run(affected -> {
            if (pair.anySubmitted() || !store.end(pair.id())) {
                throw new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                        "Tussen jullie is al een observatie ingeleverd; daarom blijven jullie coachingspartners.",
                        "An observation between you has been submitted already, so you stay coaching partners."));
            }
            affectsBoth(affected, asker, partnerId);
            return null;
        });
    }

    /** Plans the conversation one partner observes; either partner may, until the observation is submitted. */
    public void plan(WorkScope scope, String assignmentId, long observationId, PlanningInput planning) {
        Asker asker = asker(scope, assignmentId);
        StoredObservation observation = observation(asker, observationId);
        PlanningInput input = planning == null ? new PlanningInput(null, null) : planning;
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        Optional<Instant> plannedAt = plannedAt(input.plannedAt(), issues);
        String note = strip(input.note());
        tooLong("note", note, MAX_NOTE).ifPresent(issues::add);
        refuseIfAny("De planning is niet opgeslagen: ", "The planning was not saved: ", issues);
        transactions.run(affected -> {
            if (observation.submitted() || !store.plan(observationId, plannedAt, note)) {
                throw observationSubmitted();
            }
            affectsBoth(affected, asker, observation);
            return null;
        });
    }

    /** A saved form: when, and its new version. */
    public record SavedForm(Instant savedAt, long version) {
    }

    /** Saves the observer's form over whatever version is stored: for a client that does not say which it edited. */
    public SavedForm saveForm(WorkScope scope, String assignmentId, long observationId, FormInput form) {
        return saveForm(scope, assignmentId, observationId, form, OptionalLong.empty());
    }

    /**
     * Saves the observer's form as a draft, all of it replaced: marks of the form, examples, compliment and
     * tip may be missing or empty yet, but must fit. A request without any of them is refused, so that an
     * empty body never wipes a saved form.
     *
     * @param editedVersion the version of the form the observer edited, when the client says so
     * @throws StaleDraftException when a newer version was saved meanwhile (by another tab or device)
     */
    public SavedForm saveForm(WorkScope scope, String assignmentId, long observationId, FormInput form,
                              OptionalLong editedVersion) {
        Asker asker = asker(scope, assignmentId);
        ownObservation(asker, observationId);
        if (form == null || form.marks() == null && form.compliment() == null && form.tip() == null) {
            throw WorkRejectedException.invalid("form", LocalizedText.of(
                    "Het formulier is niet opgeslagen: stuur marks, compliment en tip (een leeg verzoek wist niets).",
                    "The form was not saved: send marks, compliment and tip (an empty request erases nothing)."));
        }
        ObservationDraft draft = draft(asker.assignment().observationForm(), form);
        return transactions.run(affected -> {
            store.lock(observationId);
            StoredObservation observation = ownObservation(asker, observationId);
            if (observation.submitted()) {
                throw observationSubmitted();
            }
            if (editedVersion.isPresent() && editedVersion.getAsLong() != observation.formVersion()) {
                throw new StaleDraftException("form", new StaleDraftException.SavedDraft(observation.formVersion(),
                        observation.savedAt(), Optional.of(observation.form())));
            }
            Instant now = clock.instant();
            long version = store.saveForm(observationId, draft, now).orElseThrow(PeerCoachingService::observationSubmitted);
            works.ensure(scope, assignmentId, now);
            affectsBoth(affected, asker, observation);
            return new SavedForm(now, version);
        });
    }

    /** Submits the observer's form once every behaviour has a mark and the compliment and tip are written. */
    public void submit(WorkScope scope, String assignmentId, long observationId) {
        Asker asker = asker(scope, assignmentId);
        ownObservation(asker, observationId);
        transactions.run(affected -> {
            // A save of the form waits for the submission, and then finds it submitted.
            store.lock(observationId);
            StoredObservation observation = ownObservation(asker, observationId);
            if (observation.submitted()) {
                throw observationSubmitted();
            }
            List<WorkRejectedException.FieldIssue> missing = missing(asker.assignment(), observation.form());
            if (!missing.isEmpty()) {
                throw new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, LocalizedText.of(
                        "De observatie is nog niet af: maak af wat hieronder staat. Je formulier is bewaard.",
                        "The observation is not finished yet: complete what is listed below. Your form is saved."),
                        missing);
            }
            if (!store.submit(observationId, clock.instant())) {
                throw observationSubmitted();
            }
            // The partner's progress may change too: an observation received can complete their assignment.
            affectsBoth(affected, asker, observation);
            return null;
        });
    }

    /** A planned observation between the teacher and a partner, for a calendar. */
    public PlannedObservation planned(WorkScope scope, String assignmentId, long observationId) {
        Asker asker = asker(scope, assignmentId);
        StoredObservation observation = observation(asker, observationId);
        Instant at = observation.plannedAt().orElseThrow(() -> {
            LocalizedText planFirst = LocalizedText.of("Plan eerst de datum en tijd van het gesprek.",
                    "Plan the date and time of the conversation first.");
            return new WorkRejectedException(WorkRejectedException.Reason.NOT_READY, planFirst,
                    List.of(new WorkRejectedException.FieldIssue("plannedAt", planFirst)));
        });
        return new PlannedObservation(observationId, observation.planningSequence(), at.atZone(SCHOOL_TIME),
                observation.note(), name(asker.person(observation.observerId())),
                name(asker.person(observation.observedId())), asker.assignment().title());
    }

    /**
     * What the teacher still has to give before submitting the assignment: as many submitted observations
     * as it asks. Observations still to be received may follow.
     */
    List<WorkRejectedException.FieldIssue> observationsToGive(WorkScope scope, PeerCoachingAssignment assignment) {
        int give = assignment.observations().give();
        if (scope.contextId().isEmpty()) {
            return List.of(new WorkRejectedException.FieldIssue("partners", noCourse()));
        }
        List<Partnership> partnerships = store.partnerships(scope.contextId().get(), assignment.id(), scope.userId());
        List<StoredObservation> given = partnerships.stream().map(pair -> pair.observationBy(scope.userId())).toList();
        if (given.stream().filter(StoredObservation::submitted).count() >= give) {
            return List.of();
        }
        Map<Long, CourseRoster.Participant> learners = learners(scope.contextId().get());
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        for (StoredObservation observation : given) {
            if (!observation.submitted()) {
                LocalizedText name = name(learners.getOrDefault(observation.observedId(),
                        new CourseRoster.Participant(observation.observedId(), Optional.empty(), Optional.empty())));
                issues.add(new WorkRejectedException.FieldIssue("observations." + observation.id(), LocalizedText.of(
                        "Vul je observatie van " + name.nl() + " in en lever die in.",
                        "Fill in your observation of " + name.in(Language.EN) + " and submit it.")));
            }
        }
        int toChoose = give - partnerships.size();
        if (toChoose > 0) {
            issues.add(new WorkRejectedException.FieldIssue("partners", LocalizedText.of(
                    "Kies " + (toChoose == 1 ? "een coachingspartner" : toChoose + " coachingspartners")
                            + " en geef die een observatie.",
                    "Choose " + (toChoose == 1 ? "a coaching partner" : toChoose + " coaching partners")
                            + " and give them an observation.")));
        }
        return issues;
    }

    private static void affectsBoth(AffectedWork affected, Asker asker, long partnerId) {
        affected.add(new WorkScope(asker.userId(), Optional.of(asker.contextId())), asker.assignment().id());
        affected.add(new WorkScope(partnerId, Optional.of(asker.contextId())), asker.assignment().id());
    }

    private static void affectsBoth(AffectedWork affected, Asker asker, StoredObservation observation) {
        affected.add(new WorkScope(observation.observerId(), Optional.of(asker.contextId())), asker.assignment().id());
        affected.add(new WorkScope(observation.observedId(), Optional.of(asker.contextId())), asker.assignment().id());
    }

    private PeerCoachingAssignment assignment(String assignmentId) {
        return access.assignment(assignmentId, PeerCoachingAssignment.class, NOT_PEER_COACHING);
    }

    private Asker asker(WorkScope scope, String assignmentId) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        if (scope.contextId().isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, noCourse());
        }
        return participant(scope, assignment).orElseThrow(() -> new WorkRejectedException(
                WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                "Alleen deelnemers van de cursus kiezen een coachingspartner en observeren elkaar.",
                "Only the course's participants choose a coaching partner and observe each other.")));
    }

    /** The teacher as a learner of the session's course, with the course's learners; empty for anyone else. */
    private Optional<Asker> participant(WorkScope scope, PeerCoachingAssignment assignment) {
        if (scope.contextId().isEmpty()) {
            return Optional.empty();
        }
        long course = scope.contextId().get();
        Map<Long, CourseRoster.Participant> learners = learners(course);
        return learners.containsKey(scope.userId())
                ? Optional.of(new Asker(assignment, course, scope.userId(), learners)) : Optional.empty();
    }

    private Map<Long, CourseRoster.Participant> learners(long contextId) {
        return roster.learners(contextId).stream().collect(Collectors.toMap(CourseRoster.Participant::userId,
                person -> person, (first, second) -> first, LinkedHashMap::new));
    }

    private List<Partnership> partnerships(Asker asker) {
        return store.partnerships(asker.contextId(), asker.assignment().id(), asker.userId());
    }

    /** An observation between the teacher and a partner; the same refusal for every other id. */
    private StoredObservation observation(Asker asker, long observationId) {
        return partnerships(asker).stream().flatMap(pair -> pair.observations().stream())
                .filter(observation -> observation.id() == observationId).findFirst()
                .orElseThrow(() -> {
                    LocalizedText unknown = LocalizedText.of("Observatie " + observationId
                                    + " is niet van jou of een coachingspartner van jou in deze opdracht.",
                            "Observation " + observationId + " is not yours or a coaching partner's in this assignment.");
                    return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                            List.of(new WorkRejectedException.FieldIssue("observationId", unknown)));
                });
    }

    /** An observation the teacher makes: only the observer fills in the form. */
    private StoredObservation ownObservation(Asker asker, long observationId) {
        StoredObservation observation = observation(asker, observationId);
        if (observation.observerId() != asker.userId()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen wie observeert, vult het formulier in; je partner doet dat voor jouw gesprek.",
                    "Only the observer fills in the form; your partner does so for your conversation."));
        }
        return observation;
    }

    private static ObservationDraft draft(ObservationForm form, FormInput input) {
        FormInput sent = input == null ? new FormInput(null, null, null) : input;
        List<WorkRejectedException.FieldIssue> issues = new ArrayList<>();
        Map<String, ObservationDraft.BehaviourEntry> behaviours = new LinkedHashMap<>();
        Map<String, MarkInput> marks = sent.marks() == null ? Map.of() : sent.marks();
        String offered = form.marks().stream().map(ObservationMark::id).collect(Collectors.joining(", "));
        marks.forEach((behaviourId, mark) -> {
            String field = "marks." + behaviourId;
            if (form.behaviours().stream().noneMatch(behaviour -> behaviour.id().equals(behaviourId))) {
                issues.add(new WorkRejectedException.FieldIssue(field, LocalizedText.of(
                        "Dit gedrag staat niet op het observatieformulier.", "This behaviour is not on the observation form.")));
                return;
            }
            if (mark == null) {
                return;
            }
            if (mark.markId() != null && !form.hasMark(mark.markId())) {
                issues.add(new WorkRejectedException.FieldIssue(field + ".markId", LocalizedText.of(
                        "Kies een van de waarderingen van het formulier: " + offered + ".",
                        "Choose one of the form's marks: " + offered + ".")));
            }
            String example = strip(mark.example());
            tooLong(field + ".example", example, MAX_EXAMPLE).ifPresent(issues::add);
            if (mark.markId() != null || !example.isEmpty()) {
                behaviours.put(behaviourId, new ObservationDraft.BehaviourEntry(Optional.ofNullable(mark.markId()),
                        Optional.of(example).filter(text -> !text.isEmpty())));
            }
        });
        String compliment = strip(sent.compliment());
        String tip = strip(sent.tip());
        tooLong("compliment", compliment, MAX_FEEDBACK).ifPresent(issues::add);
        tooLong("tip", tip, MAX_FEEDBACK).ifPresent(issues::add);
        refuseIfAny("Het formulier is niet opgeslagen: ", "The form was not saved: ", issues);
        return new ObservationDraft(behaviours, compliment, tip);
    }

    /** What a complete observation still lacks: a mark for every behaviour, the compliment, the tip. */
    private static List<WorkRejectedException.FieldIssue> missing(PeerCoachingAssignment assignment,
                                                                  ObservationDraft draft) {
        List<WorkRejectedException.FieldIssue> missing = new ArrayList<>();
        for (ObservableBehaviour behaviour : assignment.observationForm().behaviours()) {
            boolean marked = Optional.ofNullable(draft.behaviours().get(behaviour.id()))
                    .flatMap(ObservationDraft.BehaviourEntry::markId).isPresent();
            if (!marked) {
                missing.add(new WorkRejectedException.FieldIssue("marks." + behaviour.id(), LocalizedText.of(
                        "Kies een waardering bij: " + behaviour.text().nl(),
                        "Choose a mark for: " + behaviour.text().in(Language.EN))));
            }
        }
        if (draft.compliment().isEmpty()) {
            missing.add(new WorkRejectedException.FieldIssue("compliment", LocalizedText.of(
                    "Schrijf je collega \u00e9\u00e9n compliment.", "Write your colleague one compliment.")));
        }
        if (draft.tip().isEmpty()) {
            missing.add(new WorkRejectedException.FieldIssue("tip", LocalizedText.of(
                    "Geef je collega \u00e9\u00e9n tip.", "Give your colleague one tip.")));
        }
        return missing;
    }

    /** The moment as sent, in school time, or empty to take the planning away; a wrong one adds an issue. */
    private Optional<Instant> plannedAt(String raw, List<WorkRejectedException.FieldIssue> issues) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = clock.instant().atZone(SCHOOL_TIME).toLocalDate();
        LocalDate earliest = today.minusYears(MAX_YEARS_AWAY);
        LocalDate latest = today.plusYears(MAX_YEARS_AWAY);
        try {
            LocalDateTime local = LocalDateTime.parse(raw.strip());
            if (!local.toLocalDate().isBefore(earliest) && !local.toLocalDate().isAfter(latest)) {
                return Optional.of(local.atZone(SCHOOL_TIME).toInstant());
            }
            issues.add(new WorkRejectedException.FieldIssue("plannedAt", LocalizedText.of(
                    "Kies een datum van " + earliest + " tot en met " + latest + ".",
                    "Choose a date from " + earliest + " to " + latest + ".")));
        } catch (DateTimeParseException e) {
            issues.add(new WorkRejectedException.FieldIssue("plannedAt", LocalizedText.of(
                    "Schrijf datum en tijd als JJJJ-MM-DDTUU:MM, bijvoorbeeld " + today + "T15:30.",
                    "Write the date and time as YYYY-MM-DDTHH:MM, for example " + today + "T15:30.")));
        }
        return Optional.empty();
    }

    private static Optional<WorkRejectedException.FieldIssue> tooLong(String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return Optional.empty();
        }
        return Optional.of(new WorkRejectedException.FieldIssue(field, LocalizedText.of(
                "Schrijf hoogstens " + max + " tekens; dit zijn er " + length + ".",
                "Write at most " + max + " characters; this is " + length + ".")));
    }

    private static void refuseIfAny(String nl, String en, List<WorkRejectedException.FieldIssue> issues) {
        if (!issues.isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.INVALID_INPUT, LocalizedText.of(
                    nl + issues.get(0).message().nl(), en + issues.get(0).message().in(Language.EN)), issues);
        }
    }

    /** White space at either end means nothing in a note or form, and counts against no limit. */
    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static LocalizedText name(CourseRoster.Participant person) {
        return person.name().map(LocalizedText::of).orElse(NO_NAME);
    }

    private static String partners(int count, Language language) {
        if (language == Language.EN) {
            return count == 1 ? "a coaching partner" : count + " coaching partners";
        }
        return count == 1 ? "een coachingspartner" : count + " coachingspartners";
    }

    private static LocalizedText noCourse() {
        return LocalizedText.of(
                "Intercollegiale coaching kan alleen in een cursus: open Samenspraak vanuit je cursus in de leeromgeving.",
                "Peer coaching is only possible in a course: open Samenspraak from your course in the learning platform.");
    }

    private static WorkRejectedException observationSubmitted() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                "Deze observatie is ingeleverd en verandert niet meer.",
                "This observation has been submitted and no longer changes."));
    }

    private static WorkRejectedException alreadyThere(LocalizedText refusal) {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_THERE, refusal,
                List.of(new WorkRejectedException.FieldIssue("userId", refusal)));
    }

    private static WorkRejectedException unknownColleague() {
        LocalizedText unknown = LocalizedText.of("Deze collega is geen deelnemer van je cursus.",
                "This colleague is not a participant of your course.");
        return new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                List.of(new WorkRejectedException.FieldIssue("userId", unknown)));
    }
}
