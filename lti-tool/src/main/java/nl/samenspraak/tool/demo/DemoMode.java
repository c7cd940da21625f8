package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this server is a trial: {@code SAMENSPRAAK_DEMO=true}, which the README's run command sets and a
 * production configuration does not. Only then is the built-in demo platform on, and does the
 * administration accept the password {@value #DEMO_ADMIN_PASSWORD} when none is configured.
 */
@Singleton
public class DemoMode {

    public static final String DEMO_ADMIN_PASSWORD = "demo";

    private final boolean on;

    @Inject
    public DemoMode(@ConfigProperty(name = "samenspraak.demo", defaultValue = "false") boolean on) {
        this.on = on;
    }

    public boolean isOn() {
        return on;
    }
}
