package nl.samenspraak.tool.lti.launch;

import java.util.List;
import nl.samenspraak.tool.lti.LtiException;

/** A launch the tool refuses: no session is made and nothing is stored. */
public class LaunchRejectedException extends LtiException {

    private final LaunchError error;

    public LaunchRejectedException(LaunchError error, String... arguments) {
        super(error, List.of(arguments));
        this.error = error;
    }

    @Override
    public LaunchError error() {
        return error;
    }
}
