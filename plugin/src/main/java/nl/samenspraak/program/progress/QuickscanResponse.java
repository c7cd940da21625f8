package nl.samenspraak.program.progress;

import java.util.Objects;

/** The value a teacher gave one quickscan statement; statement ids are unique within their sector. */
public record QuickscanResponse(String sectorId, String statementId, int value) {

    public QuickscanResponse {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(statementId, "statementId");
    }
}
