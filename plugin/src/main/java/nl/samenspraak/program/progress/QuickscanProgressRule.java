package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.QuickscanAssignment;

import java.util.List;
import java.util.Objects;

/**
 * A quickscan is completed when it is submitted and every theme has a result, that is at least one
 * answered statement. Statements may be skipped (one may not apply to the teacher), but a theme without
 * any answer would leave a hole in the result.
 * <p>
 * Score: the mean of themes with a result / all themes and being submitted.
 */
public final class QuickscanProgressRule implements ProgressRule<QuickscanAssignment> {

    private final QuickscanScorer scorer;

    public QuickscanProgressRule(QuickscanScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    @Override
    public Progress evaluate(QuickscanAssignment assignment, TeacherWork work) {
        List<ThemeResult> results = scorer.results(assignment, work.quickscanResponses());
        long withResult = results.stream().filter(result -> result.score().isPresent()).count();
        return new ProgressParts().count(withResult, results.size()).progress(work);
    }
}
