package nl.samenspraak.tool.work.interfaces.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.work.application.QuickscanAttempt;
import nl.samenspraak.tool.work.application.QuickscanService;

/**
 * A teacher's quickscan as the API shows it: the attempt being filled in (null when none) and every
 * attempt, oldest first, with its responses and a result per theme of its sector. Absent values are
 * written as null, so that the front end finds every field.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record QuickscanView(Integer current, List<Attempt> attempts) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Attempt(int number, String sectorId, Instant startedAt, Instant submittedAt,
                          Map<String, Integer> responses, List<ThemeView> results) {
    }

    /** @param score the mean of the answered statements from 0 (scale minimum) to 1; null when none is answered */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ThemeView(String themeId, LocalizedText title, int answered, int statements, Double score) {
    }

    public static QuickscanView of(QuickscanService.Attempts attempts) {
        return new QuickscanView(attempts.current().map(QuickscanAttempt::number).orElse(null),
                attempts.attempts().stream().map(QuickscanView::attempt).toList());
    }

    private static Attempt attempt(QuickscanService.ScoredAttempt scored) {
        QuickscanAttempt attempt = scored.attempt();
        List<ThemeView> results = scored.results().stream().map(score -> new ThemeView(score.theme().id(),
                score.theme().title(), score.result().answered(), score.result().statements(),
                score.result().score().isPresent() ? score.result().score().getAsDouble() : null)).toList();
        return new Attempt(attempt.number(), attempt.sectorId().orElse(null), attempt.startedAt(),
                attempt.submittedAt().orElse(null), attempt.responses(), results);
    }
}
