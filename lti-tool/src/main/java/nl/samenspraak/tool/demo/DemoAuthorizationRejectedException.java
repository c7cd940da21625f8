package nl.samenspraak.tool.demo;

import java.util.List;
import nl.samenspraak.tool.lti.LtiException;

/** An authentication request the demo platform refuses; no id_token was made. */
public class DemoAuthorizationRejectedException extends LtiException {

    private final DemoAuthorizationError error;

    public DemoAuthorizationRejectedException(DemoAuthorizationError error, String... arguments) {
        super(error, List.of(arguments));
        this.error = error;
    }

    @Override
    public DemoAuthorizationError error() {
        return error;
    }
}
