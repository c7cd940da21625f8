package nl.samenspraak.tool.infrastructure.web;

/**
 * Values from a request (an issuer, an address, an answer) as they may appear in a log line: quoted, control
 * characters and quotes escaped, so that a value cannot forge a line of its own, and cut short.
 */
public final class LogValues {

    static final int MAX_LENGTH = 200;

    private LogValues() {
    }

    public static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder quoted = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 8).append('"');
        int shown = Math.min(value.length(), MAX_LENGTH);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (value.length() > MAX_LENGTH) {
            quoted.append('\u2026');
        }
        return quoted.append('"').toString();
    }
}
