package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.progress.QuickscanResponse;

/**
 * One filling-in of a quickscan: the first, or a retake.
 *
 * @param number    1 for the first attempt, one more for each retake
 * @param sectorId  the sector chosen; empty until the teacher chooses one
 * @param responses statement id to the value given; skipped statements are absent
 */
public record QuickscanAttempt(long id, int number, Optional<String> sectorId, Instant startedAt,
                               Optional<Instant> submittedAt, Map<String, Integer> responses) {

    public QuickscanAttempt {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        responses = Map.copyOf(responses);
    }

    public boolean submitted() {
        return submittedAt.isPresent();
    }

    /** The responses as the plugin's scorer reads them; none without a sector. */
    public List<QuickscanResponse> scored() {
        return sectorId.map(sector -> responses.entrySet().stream()
                .map(response -> new QuickscanResponse(sector, response.getKey(), response.getValue()))
                .toList()).orElse(List.of());
    }
}
