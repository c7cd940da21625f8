package nl.samenspraak.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which addresses the tool may call when a platform names them (OpenID configuration, registration endpoint,
 * key set): the host is resolved and every address it has must be public. Loopback, private (RFC 1918, IPv6
 * unique local), link-local (cloud metadata), carrier-grade NAT, unspecified and multicast addresses are
 * refused, so that nobody can make the tool reach services on its own machine or network (server-side
 * request forgery), unless the administrator allow-lists an intranet platform in
 * {@value #VARIABLE}: host names, addresses or address ranges (CIDR), comma-separated. The demo and the
 * tests allow loopback that way. The tool's HTTP client follows no redirects, so each call is checked here.
 */
@Singleton
public class OutboundAddresses {

    static final String VARIABLE = "SAMENSPRAAK_INTRANET_PLATFORMS";

    /** How a host name becomes addresses; the tests give their own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHosts;
    private final List<Range> allowedRanges;
    private final Resolver resolver;

    @Inject
    public OutboundAddresses(@ConfigProperty(name = "samenspraak.intranet.platforms") Optional<String> allowed) {
        this(allowed.orElse(""), InetAddress::getAllByName);
    }

    public OutboundAddresses(String allowed, Resolver resolver) {
        List<String> entries = Arrays.stream(allowed.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT)).toList();
        this.allowedRanges = entries.stream().map(Range::parse).flatMap(Optional::stream).toList();
        this.allowedHosts = entries;
        this.resolver = resolver;
    }

    /** The tool refuses to call this address; the reason says why in words that hold no secret. */
    public static final class RefusedAddressException extends RuntimeException {

        RefusedAddressException(String reason) {
            super(reason);
        }
    }

    /** @throws RefusedAddressException when the address's host is not public and not allow-listed */
    public void check(URI address) {
        String host = address.getHost();
        if (host == null) {
            throw new RefusedAddressException("the address has no host");
        }
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("the host name is not known");
        }
        for (InetAddress resolved : addresses) {
            if (isInternal(resolved) && allowedRanges.stream().noneMatch(range -> range.contains(resolved))) {
                throw new RefusedAddressException("the host is on a loopback, private or link-local network (allow an"
                        + " intranet platform with " + VARIABLE + ")");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first == 255;
        }
        // fc00::/7, unique local; and IPv4 addresses mapped or translated into IPv6, judged as IPv4.
        return address instanceof Inet6Address && ((bytes[0] & 0xfe) == 0xfc || embeddedIpv4IsInternal(bytes));
    }

    private static boolean embeddedIpv4IsInternal(byte[] bytes) {
        boolean nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= bytes[i] == 0;
        }
        if (!nat64 && !compatible) {
            return false;
        }
        try {
            return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** An address range in CIDR notation, or one address. */
    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String entry) {
            String[] parts = entry.split("/", 2);
            if (!parts[0].matches("[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*")) {
                return Optional.empty(); // a host name, matched by name
            }
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                return prefix < 0 || prefix > network.length * 8 ? Optional.empty()
                        : Optional.of(new Range(network, prefix));
            } catch (UnknownHostException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
