package nl.samenspraak.tool.catalog.application;

import java.time.Instant;
import java.util.Optional;

/** The record of loaded content packs. */
public interface PackInstallations {

    /** Notes that this pack version was loaded now; the first time is kept. */
    PackInstallation recordLoaded(String packId, String version, String source, Instant now);

    Optional<PackInstallation> find(String packId, String version);
}
