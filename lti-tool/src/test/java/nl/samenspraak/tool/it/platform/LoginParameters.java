package nl.samenspraak.tool.it.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parameters of a third-party-initiated login (LTI 1.3 Core, 5.1.1) as the platform sends them; each
 * one can be changed or left out.
 */
public final class LoginParameters {

    private final Map<String, String> parameters;

    LoginParameters(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** The same parameters with one set to a value. */
    public LoginParameters with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return new LoginParameters(changed);
    }

    /** The same parameters without one. */
    public LoginParameters without(String name) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.remove(name);
        return new LoginParameters(changed);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** As a query string or a form body. */
    public String encoded() {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
