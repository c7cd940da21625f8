package nl.samenspraak.tool.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A Liberty server a test starts itself, made from the PostgreSQL test server's configuration and war on
 * another port (failsafe's {@code samenspraak.it.restoredPort}: the tests using it run one after another) and
 * with the settings the test gives (its database, its public address). The installation's other settings come
 * along: the secrets key, the administrator's password, the intranet allow-list the emulator needs. Started
 * and stopped with Liberty's own {@code bin/server}, as the build starts the test servers; {@link #kill()}
 * ends its JVM with SIGKILL, as a crash or the kernel's OOM killer does.
 */
final class ExtraServer implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofMinutes(5);

    private final Path wlp;
    private final String name;
    private final URI address;

    private ExtraServer(Path wlp, String name, URI address) {
        this.wlp = wlp;
        this.name = name;
        this.address = address;
    }

    /**
     * Creates the server {@code name} on {@code port} with these settings ({@code SAMENSPRAAK_...} names and
     * values, replacing the test server's), starts it and waits until it is ready.
     */
    static ExtraServer start(Path wlp, String name, int port, Map<String, String> settings)
            throws IOException {
        Path from = wlp.resolve("usr/servers/it-postgresql");
        Path server = wlp.resolve("usr/servers/" + name);
        Files.createDirectories(server.resolve("apps"));
        for (String file : List.of("server.xml", "jvm.options")) {
            Files.copy(from.resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(from.resolve("apps/samenspraak.war"), server.resolve("apps/samenspraak.war"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> own = new ArrayList<>(settings.keySet());
        own.add("SAMENSPRAAK_HTTP_PORT");
        List<String> env = new ArrayList<>(Files.readAllLines(from.resolve("server.env")).stream()
                .filter(line -> own.stream().noneMatch(setting -> line.startsWith(setting + "="))).toList());
        env.add("SAMENSPRAAK_HTTP_PORT=" + port);
        settings.forEach((setting, value) -> env.add(setting + "=" + value));
        Files.write(server.resolve("server.env"), env);
        ExtraServer started = new ExtraServer(wlp, name, URI.create("http://127.0.0.1:" + port));
        started.startAgain();
        return started;
    }

    URI address() {
        return address;
    }

    /** Starts the server (again, after {@link #kill()}) and waits until it is ready. */
    void startAgain() {
        command("start");
        awaitReady();
    }

    /**
     * Ends the server's JVM with SIGKILL, without a shutdown of any kind: nothing in its memory survives, and
     * whatever it had not committed is gone. Returns once the process is gone.
     */
    void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new AssertionError("server " + name + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(1, TimeUnit.MINUTES).join();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(address.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The port opens some time after the process starts.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        close();
        throw new AssertionError("The server " + name + " is not ready after " + START_DEADLINE + "; see "
                + wlp.resolve("usr/servers/" + name + "/logs/messages.log"));
    }

    private void command(String action) {
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " " + name + " did not finish");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    @Override
    public void close() {
        command("stop");
    }
}
