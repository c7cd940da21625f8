package nl.samenspraak.program.content.pack;

import java.util.regex.Pattern;

/**
 * Writes JSON paths the way problems show them: {@code $.modules[1].assignments[0].id}. Schema errors and
 * the loader's own checks both use this, so a pack author sees one notation.
 */
final class JsonPaths {

    static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$-]+");

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        return PLAIN_NAME.matcher(name).matches()
                ? parent + "." + name
                : parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
