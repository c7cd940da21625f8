package nl.samenspraak.tool.lti.registration.dynamic;

import java.util.Optional;

/** The platform's registration token: sent as Bearer token to the platform, never shown in a log. */
public record RegistrationToken(String value) {

    /** The token as the platform passed it; none when the parameter is absent or blank. */
    public static Optional<RegistrationToken> of(String parameter) {
        return parameter == null || parameter.isBlank() ? Optional.empty()
                : Optional.of(new RegistrationToken(parameter.strip()));
    }

    public String bearer() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "RegistrationToken[hidden]";
    }
}
