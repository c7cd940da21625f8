package nl.samenspraak.tool.work.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.PeerCoachingAssignment;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * Who takes part in a peer-coaching assignment and which of its observations they may reach: only learners
 * of the session's course, and only the observations they give or receive in their active group. Every peer-coaching
 * use case starts here, so that they all refuse the same way before their first write.
 */
final class PeerParticipants {

    private static final LocalizedText NOT_PEER_COACHING = LocalizedText.of(
            "Deze opdracht is geen intercollegiale coaching.", "This assignment is not a peer-coaching assignment.");

    private final WorkAccess access;
    private final PeerCoachingStore store;
    private final CourseRoster roster;

    PeerParticipants(ProgramCatalogService catalog, TeacherWorkStore works, PeerCoachingStore store,
                     CourseRoster roster) {
        this.access = new WorkAccess(catalog, works);
        this.store = store;
        this.roster = roster;
    }

    /** Who asks, where: a learner of the session's course, with the course's learners. */
    record Asker(PeerCoachingAssignment assignment, long contextId, long userId,
                 Map<Long, CourseRoster.Participant> learners) {

        /** A teacher is in one group at a time, and an invitation makes a pair: one partner to invite. */
        int maxPartners() {
            return 1;
        }

        CourseRoster.Participant person(long userId) {
            return learners.getOrDefault(userId, new CourseRoster.Participant(userId, Optional.empty(), Optional.empty()));
        }

        WorkScope scopeOf(long userId) {
            return new WorkScope(userId, Optional.of(contextId));
        }

        /** The asker's and a partner's progress may both change. */
        void affectsBoth(AffectedWork affected, long partnerId) {
            affected.add(scopeOf(userId), assignment.id());
            affected.add(scopeOf(partnerId), assignment.id());
        }

        /** The observer's and the observed teacher's progress may both change. */
        void affectsBoth(AffectedWork affected, StoredObservation observation) {
            affected.add(scopeOf(observation.observerId()), assignment.id());
            affected.add(scopeOf(observation.observedId()), assignment.id());
        }
    }

    PeerCoachingAssignment assignment(String assignmentId) {
        return access.assignment(assignmentId, PeerCoachingAssignment.class, NOT_PEER_COACHING);
    }

    /** @throws WorkRejectedException (forbidden) for anyone who is not a learner of the session's course */
    Asker asker(WorkScope scope, String assignmentId) {
        PeerCoachingAssignment assignment = assignment(assignmentId);
        if (scope.contextId().isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, PeerTexts.noCourse());
        }
        return participant(scope, assignment).orElseThrow(() -> new WorkRejectedException(
                WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                "Alleen deelnemers van de cursus kiezen een coachingspartner en observeren elkaar.",
                "Only the course's participants choose a coaching partner and observe each other.")));
    }

    /** The teacher as a learner of the session's course, with the course's learners; empty for anyone else. */
    Optional<Asker> participant(WorkScope scope, PeerCoachingAssignment assignment) {
        if (scope.contextId().isEmpty()) {
            return Optional.empty();
        }
        long course = scope.contextId().get();
        Map<Long, CourseRoster.Participant> learners = learners(course);
        return learners.containsKey(scope.userId())
                ? Optional.of(new Asker(assignment, course, scope.userId(), learners)) : Optional.empty();
    }

    /** The course's learners by user id, in the roster's order. */
    Map<Long, CourseRoster.Participant> learners(long contextId) {
        return roster.learners(contextId).stream().collect(Collectors.toMap(CourseRoster.Participant::userId,
                person -> person, (first, second) -> first, LinkedHashMap::new));
    }

    /** The groups the teacher is or was in, oldest first, with the observations they give or receive. */
    List<CoachingGroup> groups(Asker asker) {
        return store.groups(asker.contextId(), asker.assignment().id(), asker.userId());
    }

    /**
     * An observation the teacher gives or receives in their active group; the same refusal for every other
     * id, and a refusal naming the end for one of an ended group (it stays with its author, read-only).
     */
    StoredObservation observation(Asker asker, long observationId) {
        for (CoachingGroup group : groups(asker)) {
            for (StoredObservation observation : group.observations()) {
                if (observation.id() == observationId) {
                    if (!group.active()) {
                        throw groupEnded();
                    }
                    return observation;
                }
            }
        }
        LocalizedText unknown = LocalizedText.of("Observatie " + observationId
                        + " is niet van jou of een coachingspartner van jou in deze opdracht.",
                "Observation " + observationId + " is not yours or a coaching partner's in this assignment.");
        throw new WorkRejectedException(WorkRejectedException.Reason.UNKNOWN_PART, unknown,
                List.of(new WorkRejectedException.FieldIssue("observationId", unknown)));
    }

    static WorkRejectedException groupEnded() {
        return new WorkRejectedException(WorkRejectedException.Reason.ALREADY_SUBMITTED, LocalizedText.of(
                "Deze coachingsgroep is be\u00ebindigd: wat je opschreef blijft van jou en leesbaar, maar verandert niet meer.",
                "This coaching group has ended: what you wrote stays yours and readable, but no longer changes."));
    }

    /** An observation the teacher makes: only the observer fills in the form. */
    StoredObservation ownObservation(Asker asker, long observationId) {
        StoredObservation observation = observation(asker, observationId);
        if (observation.observerId() != asker.userId()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen wie observeert, vult het formulier in; je partner doet dat voor jouw gesprek.",
                    "Only the observer fills in the form; your partner does so for your conversation."));
        }
        return observation;
    }
}
