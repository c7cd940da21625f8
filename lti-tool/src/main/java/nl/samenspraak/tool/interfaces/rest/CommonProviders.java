package nl.samenspraak.tool.interfaces.rest;

import java.util.Set;

/** The providers every JAX-RS application of the tool registers: JSON and the problem+json error bodies. */
public final class CommonProviders {

    private CommonProviders() {
    }

    public static final Set<Class<?>> CLASSES = Set.of(JsonProvider.class, ProblemExceptionMapper.class,
            WebApplicationExceptionMapper.class, UnexpectedErrorMapper.class, JsonBodyErrorMapper.class);
}
