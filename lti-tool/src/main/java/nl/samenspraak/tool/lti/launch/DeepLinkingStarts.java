package nl.samenspraak.tool.lti.launch;

import java.time.Instant;

/**
 * Where a trainer's deep-linking launch is kept until they answer it in the picker: the return address and the
 * data the response must echo stay on the server, not in the browser.
 */
public interface DeepLinkingStarts {

    /**
     * Keeps the request of a recorded deep-linking launch.
     *
     * @return the request's id, random, for the picker's address
     */
    String keep(LtiLaunch.DeepLinkingSettings settings, RecordedLaunch launch, long registrationId, String deploymentId,
                Instant now);
}
