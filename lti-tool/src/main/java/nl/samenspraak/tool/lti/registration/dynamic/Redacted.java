package nl.samenspraak.tool.lti.registration.dynamic;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An address as pages and log lines may show it: without query, fragment or user info. Platforms put the
 * registration token in the query of the configuration URL (Canvas does), and the token must not leak.
 */
final class Redacted {

    private static final int MAX_LENGTH = 300;

    private Redacted() {
    }

    static String address(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return cut(uri.getScheme() + "://" + uri.getHost() + port + (uri.getRawPath() == null ? "" : uri.getRawPath()));
    }

    /** An address as it was typed, which may not even parse. */
    static String address(String raw) {
        try {
            URI uri = new URI(raw.strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return address(uri);
            }
        } catch (URISyntaxException e) {
            // shown up to its query below
        }
        return cut(raw.split("[?#]", 2)[0].strip());
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "\u2026";
    }
}
