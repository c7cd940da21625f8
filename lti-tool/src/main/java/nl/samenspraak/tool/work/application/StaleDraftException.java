package nl.samenspraak.tool.work.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * A draft saved from a copy older than the one stored (another tab or device saved in between): refused,
 * nothing saved, so that the newer text is not lost. It carries the newer draft, for the page to show both
 * and let the teacher choose; saving the choice with {@link SavedDraft#version()} then succeeds.
 */
public class StaleDraftException extends WorkRejectedException {

    /**
     * The draft as stored now.
     *
     * @param version the version to send with the next save
     * @param savedAt when it was saved; empty when there is nothing saved (an answer removed meanwhile)
     * @param content the stored draft: an {@link nl.samenspraak.program.progress.Answer} or an
     *                {@link ObservationDraft}; empty when there is none
     */
    public record SavedDraft(long version, Optional<Instant> savedAt, Optional<Object> content) {

        public SavedDraft {
            Objects.requireNonNull(savedAt, "savedAt");
            Objects.requireNonNull(content, "content");
        }
    }

    private final transient SavedDraft newer;

    public StaleDraftException(String field, SavedDraft newer, Texts texts) {
        super(Reason.STALE_DRAFT, texts.of(TextKey.STALE_DRAFT_NOT_SAVED_NEWER_VERSION),
                java.util.List.of(new FieldIssue(field, texts.of(TextKey.STALE_DRAFT_CHANGED_ELSEWHERE_MEANWHILE))));
        this.newer = Objects.requireNonNull(newer, "newer");
    }

    public SavedDraft newer() {
        return newer;
    }
}
