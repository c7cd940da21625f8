package nl.samenspraak.tool.catalog.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;

/** The body of {@code GET /api/catalog}: the loaded packs and their modules, texts in one language. */
record CatalogView(Language language, List<PackSummary> packs, List<ModuleSummary> modules) {

    record PackSummary(String id, String version, LocalizedText title, Optional<LocalizedText> description,
                       Optional<LocalizedText> credits, String source, Instant loadedSince) {
    }

    record ModuleSummary(String id, String packId, LocalizedText title, Optional<LocalizedText> introduction,
                         List<AssignmentSummary> assignments) {
    }

    record AssignmentSummary(String id, String type, LocalizedText title) {
    }
}
