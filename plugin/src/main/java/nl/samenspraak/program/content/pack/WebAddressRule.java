package nl.samenspraak.program.content.pack;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Every {@code url} is a complete https address. Plain http would be blocked as mixed content inside the
 * learning platform, and other schemes could reach places a browser should not be sent to.
 */
final class WebAddressRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode holder : PackTree.linkHolders(pack)) {
            if (holder.has("url") && !isHttpsAddress(holder.text("url"))) {
                findings.report(holder.get("url"), "'" + holder.text("url")
                        + "' is not a valid web address starting with https://.");
            }
        }
    }

    private static boolean isHttpsAddress(String text) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
