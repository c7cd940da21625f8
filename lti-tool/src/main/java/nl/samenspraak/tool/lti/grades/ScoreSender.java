package nl.samenspraak.tool.lti.grades;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import nl.samenspraak.tool.lti.token.AccessTokens;

/** Sends one claimed score: a token, the line item, the post to its {@code /scores}, and what came of it. */
@Singleton
public class ScoreSender {

    private final HttpClient http;
    private final AccessTokens tokens;
    private final LineItems lineItems;
    private final Clock clock;

    @Inject
    public ScoreSender(HttpClient http, AccessTokens tokens, GradeOutbox outbox, Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.lineItems = new LineItems(outbox, clock);
        this.clock = clock;
    }

    public SendOutcome send(OutboxItem item) {
        AuthorizedCalls calls = new AuthorizedCalls(http, tokens, item.endpoint(), item.scopes().forToken());
        try {
            URI lineItem = lineItems.resolve(item, calls);
            HttpResponse<String> response = calls.send(HttpRequest.newBuilder(LineItem.scoresUrl(lineItem))
                    .POST(HttpRequest.BodyPublishers.ofString(item.score().toJSON()))
                    .header("Content-Type", Score.MEDIA_TYPE));
            if (response.statusCode() == 401) {
                return new SendOutcome.Retry(PlatformAnswer.describe("the renewed token was refused too", response),
                        java.util.Optional.empty());
            }
            return PlatformAnswer.ofScore(response, clock);
        } catch (PlatformCallFailedException e) {
            return e.outcome();
        }
    }
}
