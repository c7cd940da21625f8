package nl.samenspraak.tool.work.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.security.RateLimit;
import nl.samenspraak.tool.interfaces.rest.Problem;
import nl.samenspraak.tool.interfaces.rest.ProblemException;
import nl.samenspraak.tool.lti.session.SessionToken;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * How often a person's player may report what it played: {@link #REPORTS_PER_MINUTE} a minute. The player
 * reports every ten seconds and when it pauses or the page closes, far below the limit; a script that posts
 * without end gets 429 and costs the database nothing.
 */
@Singleton
public class WatchReportLimit {

    static final int REPORTS_PER_MINUTE = 30;

    private final RateLimit reports;
    private final Texts texts;

    @Inject
    public WatchReportLimit(Clock clock, Texts texts) {
        this.reports = new RateLimit(REPORTS_PER_MINUTE, Duration.ofMinutes(1), clock);
        this.texts = texts;
    }

    /** @throws ProblemException 429 when the person reported too often */
    public void acquire(SessionToken session, Language language) {
        Optional<Duration> wait = reports.acquire(session.registrationId() + ":" + session.userId());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            String detail = texts.of(TextKey.WATCH_REPORT_LIMIT_TOO_OFTEN).in(language);
            throw new ProblemException(Problem.of(Response.Status.TOO_MANY_REQUESTS, detail))
                    .withHeader(HttpHeaders.RETRY_AFTER, seconds);
        }
    }
}
