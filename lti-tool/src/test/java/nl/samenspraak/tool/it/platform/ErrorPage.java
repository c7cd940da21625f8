package nl.samenspraak.tool.it.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tool's page for a refused login or launch: what failed, the hint for an administrator, and the code. */
public record ErrorPage(String title, String hint, String correlationId) {

    private static final Pattern TITLE = Pattern.compile("<p class=\"lead\" role=\"alert\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern HINT = Pattern.compile("<h2 id=\"for-admin\">.*?</h2>\\s*<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<code>([0-9a-f]+)</code>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    /** @throws IllegalStateException when the HTML is not the error page */
    public static ErrorPage parse(String html) {
        return new ErrorPage(text(find(TITLE, html, "title")), text(find(HINT, html, "hint")),
                find(CODE, html, "correlation id"));
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("Not the error page (no " + what + "): "
                    + html.substring(0, Math.min(html.length(), 500)));
        }
        return matcher.group(1);
    }

    /** The element's text: entities decoded, white space as the browser shows it. */
    private static String text(String html) {
        Matcher entity = ENTITY.matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
