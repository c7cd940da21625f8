package nl.samenspraak.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Command-line options of the form {@code --name=value}, read by name with a fallback. */
final class Arguments {

    private final Map<String, String> options;

    private Arguments(Map<String, String> options) {
        this.options = options;
    }

    /** @throws IllegalArgumentException for an argument that is not {@code --name=value} */
    static Arguments parse(String[] arguments) {
        Map<String, String> options = new HashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Not an option: " + argument);
            }
            options.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        return new Arguments(options);
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        try {
            return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number");
        }
    }

    Duration seconds(String name, int fallback) {
        String value = options.getOrDefault(name, fallback + "s");
        try {
            return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be seconds, such as 30s");
        }
    }
}
