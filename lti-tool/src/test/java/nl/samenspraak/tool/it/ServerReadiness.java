package nl.samenspraak.tool.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until the test server's application answers ready: Liberty reports the server started before the
 * application is deployed, and on a busy machine deploying takes minutes.
 */
final class ServerReadiness {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private ServerReadiness() {
    }

    static void await(URI tool) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(tool.resolve("/health/ready")).timeout(Duration.ofSeconds(30)).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet: as not ready.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + tool, e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(tool + " was not ready within " + PATIENCE.toMinutes() + " minutes");
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    /** The address of the server the tests run against. */
    static URI tool() {
        return URI.create(System.getProperty("samenspraak.it.baseUrl", "http://127.0.0.1:9080"));
    }
}
