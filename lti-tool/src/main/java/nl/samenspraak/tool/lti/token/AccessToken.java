package nl.samenspraak.tool.lti.token;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and when it expires. Its string form leaves the value out, so it never reaches a log. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The Authorization header's value. */
    public String authorization() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[expires " + expiresAt + "]";
    }
}
