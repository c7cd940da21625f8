package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Logger;
import nl.samenspraak.tool.infrastructure.web.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this server is a trial: {@code SAMENSPRAAK_DEMO=true}, which the README's run command sets and a
 * production configuration does not. Only then is the built-in demo platform on, and does the
 * administration accept the password {@value #DEMO_ADMIN_PASSWORD} when none is configured. Because that
 * password is public, demo mode refuses to start unless the public address is on the loopback interface.
 */
@Singleton
public class DemoMode {

    public static final String DEMO_ADMIN_PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    private final boolean on;

    @Inject
    public DemoMode(@ConfigProperty(name = "samenspraak.demo", defaultValue = "false") boolean on,
                    PublicAddress address) {
        if (on && !onLoopback(address.host())) {
            String message = "SAMENSPRAAK_DEMO=true, whose administrator password is '" + DEMO_ADMIN_PASSWORD
                    + "', runs only on this computer, but SAMENSPRAAK_PUBLIC_URL is " + address
                    + ": switch demo mode off, or use http://localhost:PORT.";
            LOG.severe("Samenspraak cannot start: " + message);
            throw new IllegalStateException(message);
        }
        this.on = on;
    }

    /** Made on start, so that demo mode on a public address stops the server at once. */
    void checkOnStart(@Observes Startup startup) {
        LOG.fine(() -> "Demo mode " + (on ? "on" : "off"));
    }

    /** A name is on loopback only when every address it has is: a name must not hide a public address. */
    private static boolean onLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public boolean isOn() {
        return on;
    }
}
