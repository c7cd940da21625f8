package nl.samenspraak.tool.lti.registration.dynamic;

import java.util.List;
import nl.samenspraak.tool.lti.LtiException;

/** A dynamic registration the tool refuses; its arguments never hold the registration token. */
public class RegistrationRejectedException extends LtiException {

    private final RegistrationError error;

    public RegistrationRejectedException(RegistrationError error, String... arguments) {
        super(error, List.of(arguments));
        this.error = error;
    }

    @Override
    public RegistrationError error() {
        return error;
    }
}
