package nl.samenspraak.tool.infrastructure.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one HTTP client the tool calls platforms with (key sets, registration). It follows no redirect: every
 * address it is sent to must first pass {@link OutboundAddresses}, and a redirect would skip that check.
 */
@Singleton
public class HttpClientProducer {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Produces
    public HttpClient httpClient() {
        return client;
    }
}
