package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * /metrics: on the embedded test server with the container image's metrics security (deploy/liberty,
 * credentials from the environment) only the metrics user reads it, over HTTPS; the PostgreSQL test server has
 * no such file and serves it on its loopback address as before.
 */
class MetricsIT {

    private static final String USER = "prometheus";
    private static final String PASSWORD = "it-metrics-password";

    private final ToolClient tool = new ToolClient();
    private final String httpsPort = System.getProperty("samenspraak.it.metricsHttpsPort");

    @Test
    void withoutTheMetricsSecurityMetricsAreServedOnLoopback() {
        assumeFalse(secured(), "this server has the metrics security");

        ToolClient.Answer metrics = tool.get("/metrics");

        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_uptime_seconds"), "JVM metrics are published");
        assertTrue(metrics.body().contains("grades_outbox_parked"), "the parked grade items are counted from the start");
    }

    @Test
    void plainHttpGetsNoMetricsEvenWithTheCredentials() {
        assumeTrue(secured(), "this server has no metrics security");

        ToolClient.Answer metrics = tool.get("/metrics", "Authorization", basic(USER, PASSWORD));

        assertNotEquals(200, metrics.status(), "Liberty sends plain HTTP to the HTTPS port instead");
        assertTrue(!metrics.body().contains("jvm_uptime_seconds"), metrics.body());
    }

    @Test
    void withoutCredentialsMetricsAreRefused() throws Exception {
        assumeTrue(secured(), "this server has no metrics security");

        HttpResponse<String> metrics = https(null);

        assertEquals(401, metrics.statusCode());
        assertTrue(!metrics.body().contains("jvm_uptime_seconds"), metrics.body());
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assumeTrue(secured(), "this server has no metrics security");

        assertEquals(401, https(basic(USER, "not-" + PASSWORD)).statusCode());
    }

    @Test
    void theMetricsUserReadsThem() throws Exception {
        assumeTrue(secured(), "this server has no metrics security");

        HttpResponse<String> metrics = https(basic(USER, PASSWORD));

        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("jvm_uptime_seconds"), "JVM metrics are published");
        assertTrue(metrics.body().contains("grades_outbox_parked"), "the parked grade items are counted from the start");
    }

    private boolean secured() {
        return "embedded".equals(ToolClient.database()) && httpsPort != null;
    }

    /** GET /metrics on the HTTPS port, trusting only the certificate Liberty made for this test server. */
    private HttpResponse<String> https(String authorization) throws IOException, InterruptedException,
            GeneralSecurityException {
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheServer())
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/metrics"))
                .timeout(Duration.ofSeconds(20)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trustingTheServer() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("samenspraak.it.metricsKeyStore")))) {
            keys.load(in, "it-keystore-password".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
