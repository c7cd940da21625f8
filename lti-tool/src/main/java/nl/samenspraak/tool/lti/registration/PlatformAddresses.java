package nl.samenspraak.tool.lti.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for a platform's addresses (issuer, login, token and key-set URLs): absolute {@code https}
 * addresses. Plain {@code http} is accepted only on the loopback interface, for a platform running on the
 * same machine (a developer's LMS or the test emulator), because tokens and keys would travel in the clear.
 */
public final class PlatformAddresses {

    private PlatformAddresses() {
    }

    /** The address, when it is one a platform may use. */
    public static Optional<URI> parse(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            if (uri.getHost() == null || uri.getRawFragment() != null || !uri.isAbsolute()) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost())) {
                return Optional.of(uri);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]") || name.equals("::1");
    }
}
