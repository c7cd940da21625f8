package nl.samenspraak.program.progress;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The quickscan result of one theme.
 *
 * @param answered   how many of its statements have a valid value
 * @param statements how many statements it has
 * @param score      the mean of the answered statements normalised to 0..1 (0 = scale minimum); empty when
 *                   none is answered
 */
public record ThemeResult(String sectorId, String themeId, int answered, int statements, OptionalDouble score) {

    public ThemeResult {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(themeId, "themeId");
        Objects.requireNonNull(score, "score");
    }
}
