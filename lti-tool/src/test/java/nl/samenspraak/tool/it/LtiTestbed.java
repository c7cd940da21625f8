package nl.samenspraak.tool.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.samenspraak.tool.it.platform.HttpBrowser;
import nl.samenspraak.tool.it.platform.EmulatedPlatform;
import nl.samenspraak.tool.it.platform.ToolAdmin;
import nl.samenspraak.tool.it.platform.ToolAnswer;

/**
 * The server under test with an administrator signed in, and the emulated platforms a test class registers
 * with it: each class its own, so that classes do not depend on each other's launches.
 */
final class LtiTestbed implements AutoCloseable {

    /** A platform and the id of its registration with the tool. */
    record Registered(EmulatedPlatform platform, long id) {
    }

    private final URI tool = URI.create(System.getProperty("samenspraak.it.baseUrl", "http://127.0.0.1:9080"));
    private final ToolAdmin admin = ToolAdmin.signIn(tool,
            System.getProperty("samenspraak.it.adminPassword", "it-admin-password"));
    private final List<EmulatedPlatform> platforms = new ArrayList<>();

    URI tool() {
        return tool;
    }

    ToolAdmin admin() {
        return admin;
    }

    /** A new platform, registered with the tool. */
    Registered registeredPlatform() {
        EmulatedPlatform platform = unregisteredPlatform();
        return new Registered(platform, admin.register(platform));
    }

    /** A new platform the tool does not know. */
    EmulatedPlatform unregisteredPlatform() {
        EmulatedPlatform platform = EmulatedPlatform.start(tool);
        platforms.add(platform);
        return platform;
    }

    HttpBrowser browser() {
        return HttpBrowser.withCookies(tool);
    }

    /** The answer of the request, after checking that the registration's use did not change. */
    ToolAnswer changingNothing(Registered registered, Supplier<ToolAnswer> request) {
        JsonNode before = admin.usage(registered.id());
        ToolAnswer answer = request.get();
        JsonNode after = admin.usage(registered.id());
        if (!before.equals(after)) {
            throw new AssertionError("The refused request stored something: usage was " + before + ", is " + after
                    + "; the answer: " + answer);
        }
        return answer;
    }

    @Override
    public void close() {
        platforms.forEach(EmulatedPlatform::close);
    }
}
