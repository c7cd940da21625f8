package nl.samenspraak.tool.privacy.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A teacher's data across the tables: gathered for an export, or erased. Each method is one transaction,
 * the audit record of what it did included.
 */
public interface PrivacyStore {

    /**
     * Everything kept about the teacher, one query per table; with an audit record when the actor is not
     * the teacher themself. Empty for an unknown or erased teacher.
     */
    Optional<TeacherExport> export(long userId, Actor actor, ExportTexts texts, Instant now);

    /** The teachers whose name or platform user id contains the text (all when blank), at most {@code limit}. */
    List<TeacherListing> teachers(String text, int limit);

    /** What erasing the teacher would remove; empty for an unknown or erased teacher. */
    Optional<ErasureSummary> erasurePreview(long userId);

    /**
     * Erases the teacher's personal data and writes the audit record, in the caller's transaction when there
     * is one (the use case's, with what observers of {@link TeacherErased} write). Empty for an unknown or
     * erased teacher.
     */
    Optional<ErasureSummary> erase(long userId, Actor actor, Instant now);
}
