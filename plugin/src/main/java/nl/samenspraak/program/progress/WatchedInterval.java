package nl.samenspraak.program.progress;

/** A stretch of the video the player reports as played, in seconds from the start. */
public record WatchedInterval(double fromSeconds, double toSeconds) {
}
