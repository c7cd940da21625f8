package nl.samenspraak.tool.lti;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import nl.samenspraak.tool.interfaces.rest.CommonProviders;
import nl.samenspraak.tool.lti.keys.JwksResource;
import nl.samenspraak.tool.lti.launch.LaunchResource;
import nl.samenspraak.tool.lti.login.LoginResource;
import nl.samenspraak.tool.lti.registration.dynamic.RegisterResource;

/** The LTI protocol endpoints under {@code /lti}, whose paths administrators' guides and platforms rely on. */
@ApplicationPath("/lti")
public class LtiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CommonProviders.CLASSES);
        classes.addAll(Set.of(LoginResource.class, LaunchResource.class, JwksResource.class));
        classes.add(RegisterResource.class);
        return classes;
    }
}
