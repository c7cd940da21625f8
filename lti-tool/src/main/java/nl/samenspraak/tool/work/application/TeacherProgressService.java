package nl.samenspraak.tool.work.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.program.content.Assignment;
import nl.samenspraak.program.progress.Progress;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.catalog.application.ProgramCatalogService;

/**
 * A teacher's own progress through the program, as recorded: what {@link ProgressRecorder} wrote at the end
 * of the last use case on each work, so the teacher's progress page shows what the trainer's course page and
 * the gradebook show (work waiting for approval is not completed yet). Three reads for the whole program (the
 * recorded work, the course's approval settings, the teacher's reviews), however many assignments it has.
 */
@Singleton
public class TeacherProgressService {

    private static final Progress NOT_STARTED = new Progress(ProgressState.NOT_STARTED, 0);

    private final ProgramCatalogService catalog;
    private final TeacherWorkStore works;
    private final ApprovalPolicy approvals;
    private final ReviewStore reviews;

    @Inject
    public TeacherProgressService(ProgramCatalogService catalog, TeacherWorkStore works, ApprovalPolicy approvals,
                                  ReviewStore reviews) {
        this.catalog = catalog;
        this.works = works;
        this.approvals = approvals;
        this.reviews = reviews;
    }

    /** The teacher's standing in every assignment of the program, in order; outside a course nothing is reviewed. */
    public Map<String, RecordedStanding> progress(WorkScope teacher) {
        Map<String, TeacherWorkStore.RecordedWork> recorded = works.recordedProgress(teacher);
        Set<String> needing = teacher.contextId().map(approvals::needingApproval).orElse(Set.of());
        Map<String, Review> decided = teacher.contextId()
                .map(contextId -> reviews.teacher(contextId, teacher.userId())).orElse(Map.of());
        Map<String, RecordedStanding> standings = new LinkedHashMap<>();
        for (Assignment assignment : catalog.catalog().assignments()) {
            Optional<TeacherWorkStore.RecordedWork> work = Optional.ofNullable(recorded.get(assignment.id()));
            standings.put(assignment.id(), RecordedStanding.of(
                    work.map(TeacherWorkStore.RecordedWork::progress).orElse(NOT_STARTED),
                    needing.contains(assignment.id()), Optional.ofNullable(decided.get(assignment.id())),
                    work.flatMap(TeacherWorkStore.RecordedWork::submittedAt)));
        }
        return standings;
    }
}
