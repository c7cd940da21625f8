package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.TeacherWork;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.AuditTrail;

/** The trainer's view of a course: every participant's progress in every assignment. */
@Singleton
public class CourseProgressService {

    private final ProgramCatalogService catalog;
    private final TeacherWorkStore store;
    private final CourseRoster roster;
    private final TeacherWorkService work;
    private final AuditTrail audit;

    @Inject
    public CourseProgressService(ProgramCatalogService catalog, TeacherWorkStore store, CourseRoster roster,
                                 TeacherWorkService work, AuditTrail audit) {
        this.catalog = catalog;
        this.store = store;
        this.roster = roster;
        this.work = work;
        this.audit = audit;
    }

    /** Where a participant stands in one assignment; {@code submittedAt} is set while the work is submitted. */
    public record Standing(Progress progress, Optional<Instant> submittedAt) {
    }

    /** A participant with their standing per assignment id, in the program's order. */
    public record ParticipantProgress(CourseRoster.Participant participant, Map<String, Standing> assignments) {
    }

    /**
     * The progress of every learner in the trainer's course. The trainer opened each learner's work: the
     * audit trail records it, so that the learners see who looked.
     *
     * @throws WorkRejectedException (forbidden) for anyone who is not the trainer of a course
     */
    public List<ParticipantProgress> course(WorkScope trainer, boolean isTrainer) {
        if (!isTrainer || trainer.contextId().isEmpty()) {
            throw new WorkRejectedException(WorkRejectedException.Reason.FORBIDDEN, LocalizedText.of(
                    "Alleen de trainer van een cursus ziet de voortgang van de deelnemers.",
                    "Only a course's trainer sees the participants' progress."));
        }
        long course = trainer.contextId().get();
        List<ParticipantProgress> progress = roster.learners(course).stream()
                .map(participant -> new ParticipantProgress(participant,
                        standings(new WorkScope(participant.userId(), Optional.of(course)))))
                .toList();
        audit.record(Actor.trainer(trainer.userId()), AuditAction.OPENED_WORK,
                progress.stream().map(row -> row.participant().userId()).toList(), Optional.of(course));
        return progress;
    }

    private Map<String, Standing> standings(WorkScope participant) {
        Map<String, StoredWork> stored = store.all(participant);
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (Assignment assignment : catalog.catalog().assignments()) {
            Optional<StoredWork> found = Optional.ofNullable(stored.get(assignment.id()));
            standings.put(assignment.id(), new Standing(work.progress(assignment, found),
                    found.map(StoredWork::work).map(TeacherWork::submittedAt)));
        }
        return standings;
    }
}
