package nl.samenspraak.tool.lti.registration.dynamic;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.web.OutboundAddresses;

/**
 * The tool's two calls to a platform during dynamic registration: GET the OpenID configuration and POST
 * the client registration, each with the registration token as Bearer token when the platform gave one
 * (Canvas requires it for the configuration too), a time limit and a size limit on the answer. Each address is
 * checked by {@link OutboundAddresses} first, and a redirect is not followed but refused.
 */
@Singleton
public class DynamicRegistrationClient {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_ERROR_LENGTH = 200;

    private final HttpClient http;
    private final OutboundAddresses outbound;

    @Inject
    public DynamicRegistrationClient(HttpClient http, OutboundAddresses outbound) {
        this.http = http;
        this.outbound = outbound;
    }

    /** @throws RegistrationRejectedException when it cannot be fetched or is not a valid configuration */
    public PlatformConfiguration configuration(URI configurationUrl, Optional<RegistrationToken> token) {
        allowed(configurationUrl, "openid_configuration");
        HttpRequest.Builder request = HttpRequest.newBuilder(configurationUrl).timeout(TIMEOUT)
                .header("Accept", "application/json").GET();
        token.ifPresent(bearer -> request.header("Authorization", bearer.bearer()));
        Answer answer;
        try {
            answer = send(request.build());
        } catch (IOException e) {
            throw new RegistrationRejectedException(RegistrationError.CONFIGURATION_UNAVAILABLE,
                    Redacted.address(configurationUrl), reason(e));
        }
        if (answer.status() != 200) {
            throw new RegistrationRejectedException(RegistrationError.CONFIGURATION_UNAVAILABLE,
                    Redacted.address(configurationUrl), status(answer.status()));
        }
        return PlatformConfiguration.parse(answer.body(), configurationUrl);
    }

    /** @throws RegistrationRejectedException when the platform refuses it or answers something unreadable */
    public ToolRegistrationResponse register(URI registrationEndpoint, ToolRegistrationRequest registration,
                                             Optional<RegistrationToken> token) {
        allowed(registrationEndpoint, "registration_endpoint");
        HttpRequest.Builder request = HttpRequest.newBuilder(registrationEndpoint).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registration.toJSON(), StandardCharsets.UTF_8));
        token.ifPresent(bearer -> request.header("Authorization", bearer.bearer()));
        String endpoint = Redacted.address(registrationEndpoint);
        Answer answer;
        try {
            answer = send(request.build());
        } catch (IOException e) {
            throw new RegistrationRejectedException(RegistrationError.REGISTRATION_UNAVAILABLE, endpoint, reason(e));
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw new RegistrationRejectedException(RegistrationError.REGISTRATION_TOKEN_REFUSED, endpoint,
                    String.valueOf(answer.status()));
        }
        if (answer.status() / 100 != 2) {
            throw new RegistrationRejectedException(RegistrationError.REGISTRATION_REFUSED, endpoint,
                    String.valueOf(answer.status()), answer.status() / 100 == 3
                    ? "a redirect, which the tool does not follow" : platformError(answer.body()));
        }
        return ToolRegistrationResponse.parse(answer.body());
    }

    private record Answer(int status, String body) {
    }

    /** @throws RegistrationRejectedException when the tool may not call the address */
    void allowed(URI address, String field) {
        try {
            outbound.check(address);
        } catch (OutboundAddresses.RefusedAddressException e) {
            throw new RegistrationRejectedException(RegistrationError.ADDRESS_NOT_ALLOWED, field,
                    Redacted.address(address), e.getMessage());
        }
    }

    private static String status(int status) {
        return status / 100 == 3 ? "HTTP " + status + ", a redirect, which the tool does not follow" : "HTTP " + status;
    }

    /** The platform sent more than {@link #MAX_BYTES}: no platform document is that large. */
    private static final class AnswerTooLarge extends IOException {

        AnswerTooLarge() {
            super("the answer is larger than " + MAX_BYTES / 1024 + " KB");
        }
    }

    private Answer send(HttpRequest request) throws IOException {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new AnswerTooLarge();
                }
                return new Answer(response.statusCode(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Why a call failed, in words that hold no address (an address could hold the token). */
    private static String reason(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " seconds";
        }
        if (e instanceof ConnectException) {
            return "the connection was refused";
        }
        return e instanceof AnswerTooLarge ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The OAuth error of a refused registration (RFC 7591, section 3.2.2), short and on one line. */
    private static String platformError(String body) {
        String error = JsonFields.object(body).map(json -> JsonFields.text(json, "error").orElse("")
                + JsonFields.text(json, "error_description").map(description -> " " + description).orElse(""))
                .map(String::strip).filter(text -> !text.isEmpty()).orElse("no error description");
        String oneLine = error.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= MAX_ERROR_LENGTH ? oneLine : oneLine.substring(0, MAX_ERROR_LENGTH) + "\u2026";
    }
}
