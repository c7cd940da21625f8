package nl.samenspraak.tool.lti.session;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.lti.launch.RecordedLaunch;
import nl.samenspraak.tool.lti.launch.ToolRole;

/**
 * Makes and checks session tokens. A token lives {@link #LIFETIME}; a request made in its second half
 * gets a renewed token back, so a teacher who keeps working is not sent back to the LMS, while a token
 * left behind soon stops working. No renewal reaches past {@link #MAX_AGE} after the launch: a stolen
 * token cannot be kept alive for ever, and a long day's work ends with a new launch from the course.
 */
@Singleton
public class SessionTokens {

    public static final Duration LIFETIME = Duration.ofHours(2);
    public static final Duration MAX_AGE = Duration.ofHours(12);

    private final SessionSecret secret;
    private final Clock clock;

    @Inject
    public SessionTokens(SessionSecret secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public String issue(RecordedLaunch launch, long registrationId, String deploymentId, ToolRole role,
                        Language language) {
        Instant now = clock.instant();
        return new SessionToken(launch.userId(), registrationId, deploymentId, launch.contextId(),
                launch.resourceLinkId(), role, language, now, now, now.plus(LIFETIME)).toJWT(secret.bytes());
    }

    /** @throws InvalidSessionException when the token is not a valid, unexpired session of this tool */
    public SessionToken verify(String token) {
        return SessionToken.parse(token, secret.bytes(), clock.instant());
    }

    /** A renewed token when the session is in the second half of its life, never past its maximum age. */
    public Optional<String> renewal(SessionToken session) {
        Instant now = clock.instant();
        Instant end = session.startedAt().plus(MAX_AGE);
        Instant expires = now.plus(LIFETIME).isAfter(end) ? end : now.plus(LIFETIME);
        if (now.isBefore(session.expiresAt().minus(LIFETIME.dividedBy(2))) || !expires.isAfter(session.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(session.renewed(now, expires).toJWT(secret.bytes()));
    }
}
