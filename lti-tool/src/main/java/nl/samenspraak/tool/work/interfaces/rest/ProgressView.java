package nl.samenspraak.tool.work.interfaces.rest;

import java.util.Locale;
import nl.samenspraak.program.progress.Progress;

/** A progress state as the API shows it everywhere: {@code not_started}, {@code in_progress}, {@code submitted}, {@code completed}. */
public record ProgressView(String state, double score) {

    public static ProgressView of(Progress progress) {
        return new ProgressView(progress.state().name().toLowerCase(Locale.ROOT), progress.score());
    }
}
