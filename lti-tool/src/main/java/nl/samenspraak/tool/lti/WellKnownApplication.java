package nl.samenspraak.tool.lti;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.samenspraak.tool.lti.keys.WellKnownJwksResource;

/** {@code /.well-known/jwks.json}, the key set where OAuth clients look for it by convention. */
@ApplicationPath("/.well-known")
public class WellKnownApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(WellKnownJwksResource.class);
    }
}
