package nl.samenspraak.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a platform may make the tool call: public ones, and internal ones only when allow-listed. */
class OutboundAddressesTest {

    /** Names resolved as a hostile DNS would: a public-looking name that points inside. */
    private static final Map<String, String> DNS = Map.of(
            "lms.school.example", "203.0.113.20",
            "rebind.example", "10.1.2.3",
            "metadata.example", "169.254.169.254",
            "moodle.intranet.school", "10.20.0.5");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host);
        if (!address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    private final OutboundAddresses strict = new OutboundAddresses("", OutboundAddressesTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/x", "http://localhost/x", "https://[::1]/x", "https://10.0.0.8/x",
            "https://172.16.4.4/x", "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/x", "https://0.0.0.0/x", "https://[fd00::1]/x", "https://[fe80::1]/x",
            "https://[::ffff:10.0.0.1]/x", "https://[64:ff9b::a00:1]/x", "https://rebind.example/x",
            "https://metadata.example/x", "https://unknown.invalid/x"})
    void internalAndUnknownAddressesAreRefused(String address) {
        assertThrows(OutboundAddresses.RefusedAddressException.class, () -> strict.check(URI.create(address)));
    }

    @Test
    void aPublicAddressIsAllowed() {
        assertDoesNotThrow(() -> strict.check(URI.create("https://lms.school.example/jwks")));
        assertDoesNotThrow(() -> strict.check(URI.create("https://[2001:db8::1]/jwks")));
    }

    @Test
    void theAdministratorAllowsAnIntranetPlatformByNameOrRange() {
        OutboundAddresses byName = new OutboundAddresses("moodle.intranet.school", OutboundAddressesTest::resolve);
        OutboundAddresses byRange = new OutboundAddresses(" 10.20.0.0/16 , 127.0.0.1", OutboundAddressesTest::resolve);

        assertDoesNotThrow(() -> byName.check(URI.create("https://moodle.intranet.school/jwks")));
        assertThrows(OutboundAddresses.RefusedAddressException.class,
                () -> byName.check(URI.create("https://rebind.example/jwks")), "only the name allowed");
        assertDoesNotThrow(() -> byRange.check(URI.create("https://moodle.intranet.school/jwks")));
        assertDoesNotThrow(() -> byRange.check(URI.create("http://127.0.0.1:9080/demo/jwks")));
        assertThrows(OutboundAddresses.RefusedAddressException.class,
                () -> byRange.check(URI.create("https://rebind.example/jwks")), "10.1/16 is outside the range");
        assertThrows(OutboundAddresses.RefusedAddressException.class,
                () -> byRange.check(URI.create("http://127.0.0.2:9080/x")));
    }
}
