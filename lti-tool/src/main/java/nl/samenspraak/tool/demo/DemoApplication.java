package nl.samenspraak.tool.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import nl.samenspraak.tool.interfaces.rest.CommonProviders;

/** The built-in demo platform under {@code /demo}; out of demo mode its every path answers 404. */
@ApplicationPath("/demo")
public class DemoApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CommonProviders.CLASSES);
        classes.addAll(Set.of(DemoModeFilter.class, DemoPageResource.class, DemoAuthorizeResource.class,
                DemoJwksResource.class));
        return classes;
    }
}
