package nl.samenspraak.tool.catalog.application;

import java.time.Instant;

/** A content pack version this server has loaded: where from, and since when. */
public record PackInstallation(String packId, String version, String source, Instant firstLoadedAt,
                               Instant lastLoadedAt) {
}
