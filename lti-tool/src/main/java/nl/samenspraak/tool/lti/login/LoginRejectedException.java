package nl.samenspraak.tool.lti.login;

import java.util.List;
import nl.samenspraak.tool.lti.LtiException;

/** A login initiation the tool refuses; nothing was stored. */
public class LoginRejectedException extends LtiException {

    private final LoginError error;

    public LoginRejectedException(LoginError error, String... arguments) {
        super(error, List.of(arguments));
        this.error = error;
    }

    @Override
    public LoginError error() {
        return error;
    }
}
