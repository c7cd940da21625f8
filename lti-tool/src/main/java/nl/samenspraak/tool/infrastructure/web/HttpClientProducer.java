package nl.samenspraak.tool.infrastructure.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;

/** The one HTTP client the tool calls platforms with (key sets, registration); it never downgrades to http. */
@Singleton
public class HttpClientProducer {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Produces
    HttpClient httpClient() {
        return client;
    }
}
