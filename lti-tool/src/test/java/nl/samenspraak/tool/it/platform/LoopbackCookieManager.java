package nl.samenspraak.tool.it.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A cookie jar that treats http://localhost as browsers do. Chromium and Firefox count the loopback host as a
 * secure context and keep and send its {@code Secure} cookies (the tool's state cookie there is
 * {@code SameSite=None; Secure; Partitioned}); Java's {@link CookieManager} sends Secure cookies over https
 * only, so for the loopback host it is told the address is https.
 */
public final class LoopbackCookieManager extends CookieManager {

    public LoopbackCookieManager(CookiePolicy policy) {
        super(null, policy);
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return super.get(site(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        super.put(site(uri), responseHeaders);
    }

    private static URI site(URI uri) {
        String host = uri.getHost();
        boolean loopback = "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        return loopback && "http".equalsIgnoreCase(uri.getScheme())
                ? URI.create("https" + uri.toString().substring("http".length())) : uri;
    }
}
