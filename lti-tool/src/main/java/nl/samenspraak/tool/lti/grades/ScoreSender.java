package nl.samenspraak.tool.lti.grades;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.samenspraak.tool.lti.token.AccessTokens;

/** Sends one claimed score: a token, the line item, the post to its {@code /scores}, and what came of it. */
@Singleton
public class ScoreSender {

    /** A score post or line-item call that takes longer than this counts as failed and is tried again later. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final Duration timeout;
    private final AccessTokens tokens;
    private final LineItems lineItems;
    private final Clock clock;

    @Inject
    public ScoreSender(HttpClient http, AccessTokens tokens, GradeOutbox outbox, Clock clock) {
        this(http, TIMEOUT, tokens, outbox, clock);
    }

    ScoreSender(HttpClient http, Duration timeout, AccessTokens tokens, GradeOutbox outbox, Clock clock) {
        this.http = http;
        this.timeout = timeout;
        this.tokens = tokens;
        this.lineItems = new LineItems(outbox, clock);
        this.clock = clock;
    }

    public SendOutcome send(OutboxItem item) {
        AuthorizedCalls calls = new AuthorizedCalls(http, timeout, tokens, item.endpoint(), item.scopes().forToken());
        try {
            URI lineItem = lineItems.resolve(item, calls);
            HttpResponse<String> response = calls.send(HttpRequest.newBuilder(LineItem.scoresUrl(lineItem))
                    .POST(HttpRequest.BodyPublishers.ofString(item.score().toJSON()))
                    .header("Content-Type", Score.MEDIA_TYPE));
            if (response.statusCode() == 401) {
                return new SendOutcome.Retry(PlatformAnswer.describe("the renewed token was refused too", response),
                        Optional.empty());
            }
            return PlatformAnswer.ofScore(response, clock);
        } catch (PlatformCallFailedException e) {
            return e.outcome();
        }
    }
}
