package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which platforms and browsers reach this tool: {@code SAMENSPRAAK_PUBLIC_URL}, by default
 * {@code http://localhost:PORT}. Behind a TLS-terminating proxy it is the {@code https://} address the
 * proxy serves; the LTI endpoints, the cookie flags and the host check on {@code target_link_uri} follow it.
 */
@Singleton
public class PublicAddress {

    static final String VARIABLE = "SAMENSPRAAK_PUBLIC_URL";

    private final URI base;

    @Inject
    public PublicAddress(@ConfigProperty(name = "samenspraak.public.url") Optional<String> configured,
                         @ConfigProperty(name = "samenspraak.http.port", defaultValue = "9080") int port) {
        this(configured.map(String::strip).filter(url -> !url.isEmpty()).orElse("http://localhost:" + port));
    }

    public PublicAddress(String url) {
        this.base = parse(url);
    }

    private static URI parse(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(VARIABLE + " must be an address such as https://samenspraak.school.nl,"
                        + " without query or fragment; it is '" + url + "'.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(VARIABLE + " is not a valid address: '" + url + "'.", e);
        }
    }

    /** The address of a path on this tool, for example {@code resolve("/lti/login")}. */
    public URI resolve(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    public URI base() {
        return base;
    }

    /** Served over HTTPS: only then can a cookie be {@code Secure}, which a cross-site cookie needs. */
    public boolean isHttps() {
        return "https".equalsIgnoreCase(base.getScheme());
    }

    /**
     * Whether browsers treat the address as a secure context, where they accept {@code Secure} cookies:
     * HTTPS, or plain HTTP on the loopback host ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), which
     * Chromium and Firefox count as potentially trustworthy. A trial on http://localhost thus gets the same
     * cross-site state cookie as a school's https address.
     */
    public boolean isSecureContext() {
        String host = host();
        return isHttps() || host.equals("localhost") || host.endsWith(".localhost") || host.equals("127.0.0.1")
                || host.equals("[::1]") || host.equals("::1");
    }

    /** The host name, as the LTI tool configuration's {@code domain} and the host check use it. */
    public String host() {
        return base.getHost().toLowerCase(Locale.ROOT);
    }

    /** The host with the port when it is not the scheme's default, as a platform's "domain" field wants it. */
    public String domain() {
        return base.getPort() < 0 ? host() : host() + ":" + base.getPort();
    }

    /** Whether an address points at this tool: same scheme, host and port. */
    public boolean isOwn(URI address) {
        return address != null && address.getHost() != null
                && base.getScheme().equalsIgnoreCase(address.getScheme())
                && host().equalsIgnoreCase(address.getHost())
                && port(base) == port(address);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
