package nl.samenspraak.program.progress;

import nl.samenspraak.program.content.QuickscanAssignment;
import nl.samenspraak.program.content.Sector;
import nl.samenspraak.program.content.Statement;
import nl.samenspraak.program.content.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The result per theme of a quickscan: the mean of the theme's answered statements, normalised to 0..1.
 * Unanswered statements are left out rather than counted as the minimum, so skipping a statement that does
 * not apply does not lower a theme. Responses for unknown statements or outside the scale are ignored; of
 * two responses to one statement the later one counts.
 */
public final class QuickscanScorer {

    public List<ThemeResult> results(QuickscanAssignment quickscan, List<QuickscanResponse> responses) {
        Map<String, Integer> values = new HashMap<>();
        for (QuickscanResponse response : responses) {
            if (quickscan.scale().contains(response.value())) {
                values.put(key(response.sectorId(), response.statementId()), response.value());
            }
        }
        List<ThemeResult> results = new ArrayList<>();
        for (Sector sector : quickscan.sectors()) {
            for (Theme theme : sector.themes()) {
                List<Integer> answered = theme.statements().stream()
                        .map(Statement::id)
                        .map(statementId -> values.get(key(sector.id(), statementId)))
                        .filter(value -> value != null)
                        .toList();
                OptionalDouble mean = answered.stream().mapToInt(Integer::intValue).average();
                results.add(new ThemeResult(sector.id(), theme.id(), answered.size(), theme.statements().size(),
                        mean.isPresent() ? OptionalDouble.of(quickscan.scale().normalise(mean.getAsDouble()))
                                : OptionalDouble.empty()));
            }
        }
        return List.copyOf(results);
    }

    private static String key(String sectorId, String statementId) {
        return sectorId + "\n" + statementId;
    }
}
