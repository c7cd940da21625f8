package nl.samenspraak.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CPU time a server process on this machine has used so far, user and system together, read from
 * {@code /proc/<pid>/stat} (fields 14 and 15, in clock ticks). The benchmark reads it before and after the
 * measured window, so the figure is the server's own work and not the client's, without asking the server.
 */
final class ServerCpu {

    private final Path stat;
    private final long ticksPerSecond;

    /** @param ticksPerSecond the kernel's {@code CLK_TCK} ({@code getconf CLK_TCK}, 100 on Linux) */
    ServerCpu(long pid, long ticksPerSecond) {
        this.stat = Path.of("/proc", String.valueOf(pid), "stat");
        this.ticksPerSecond = ticksPerSecond;
        if (!Files.isReadable(stat)) {
            throw new IllegalArgumentException("--server-pid=" + pid + ": no such process on this machine");
        }
    }

    Duration used() {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            throw new UncheckedIOException("The server process has gone: " + stat, e);
        }
        return parse(line, ticksPerSecond);
    }

    /** The command name (field 2) may hold spaces and parentheses: the fields are counted after its last ')'. */
    static Duration parse(String statLine, long ticksPerSecond) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return Duration.ofNanos(ticks * 1_000_000_000L / ticksPerSecond);
    }
}
