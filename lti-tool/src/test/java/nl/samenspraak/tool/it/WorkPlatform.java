package nl.samenspraak.tool.it;

import java.util.function.UnaryOperator;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import nl.samenspraak.tool.it.platform.ToolAnswer;

/**
 * An emulated platform of a test class's own, registered with the tool, from which the class launches its
 * teachers and trainers: their users exist on this platform only, so classes do not share work.
 */
final class WorkPlatform implements AutoCloseable {

    private final LtiTestbed testbed = new LtiTestbed();
    private final LtiTestbed.Registered registered = testbed.registeredPlatform();

    /** A learner launched in the platform's default course, in Dutch. */
    WorkClient teacher(String subject) {
        return launch(subject, claims -> claims);
    }

    /** A user launched with the default claims changed. */
    WorkClient launch(String subject, UnaryOperator<LaunchClaims> changes) {
        return WorkClient.withToken(sessionToken(subject, changes));
    }

    /** The session token a launch hands out, for the tests that forge tokens from it. */
    String sessionToken(String subject, UnaryOperator<LaunchClaims> changes) {
        ToolAnswer launch = registered.platform().launch(testbed.browser(), subject, changes);
        return testbed.browser().sessionToken(launch).orElseThrow(() -> new AssertionError("no session: " + launch));
    }

    /** The administrator's token, which opens no teacher's session. */
    String adminToken() {
        return testbed.admin().token();
    }

    /** What removing the platform's deployment would affect, as the administration asks it. */
    com.fasterxml.jackson.databind.JsonNode deploymentUsage() {
        return testbed.admin().deploymentUsage(registered.id(), registered.platform().deploymentId());
    }

    @Override
    public void close() {
        testbed.close();
    }
}
