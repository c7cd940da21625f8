package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.QuickscanAssignment;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A quickscan is completed when it is submitted and every theme of the teacher's sector (the sector their
 * responses are in) has a result, that is at least one answered statement. Statements may be skipped (one
 * may not apply to the teacher), but a theme without any answer would leave a hole in the result. The
 * themes of the other sectors do not count: a teacher fills in the quickscan for their own sector only.
 * <p>
 * Score: the mean of themes with a result / the themes of the sector and being submitted.
 */
public final class QuickscanProgressRule implements ProgressRule<QuickscanAssignment> {

    private final QuickscanScorer scorer;

    public QuickscanProgressRule(QuickscanScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    public Progress evaluate(QuickscanAssignment assignment, TeacherWork work) {
        Set<String> sectors = work.quickscanResponses().stream().map(QuickscanResponse::sectorId)
                .collect(Collectors.toSet());
        List<ThemeResult> results = scorer.results(assignment, work.quickscanResponses()).stream()
                .filter(result -> sectors.contains(result.sectorId())).toList();
        long withResult = results.stream().filter(result -> result.score().isPresent()).count();
        // Without a response there is no sector yet, and still something to do.
        return new ProgressParts().count(withResult, Math.max(1, results.size())).progress(work);
    }
}
