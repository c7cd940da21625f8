package nl.samenspraak.tool.lti.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Link} header of a page of a platform's container, a roster or line items (RFC 8288), read as platforms really write it: Canvas sends
 * {@code <url>; rel="current", <url>; rel="next", …}, Moodle {@code url;rel=next} without angle brackets or
 * quotes, some answers curly quotes (which arrive garbled when the header is read as ISO-8859-1). The URL is
 * kept exactly (never its case); relation names are compared without case and without whatever quotes them.
 */
public record LinkHeader(Map<String, URI> links) {

    /** A new link begins after a comma followed by "<" or an absolute http(s) address. */
    private static final Pattern ENTRY = Pattern.compile(",\\s*(?=<|https?://)", Pattern.CASE_INSENSITIVE);

    public LinkHeader {
        links = Map.copyOf(links);
    }

    /** Reads the values of every Link header of a response; parts that are no link are skipped. */
    public static LinkHeader parse(Iterable<String> headerValues) {
        Map<String, URI> links = new LinkedHashMap<>();
        for (String value : headerValues) {
            for (String entry : ENTRY.split(value.strip())) {
                read(entry, links);
            }
        }
        return new LinkHeader(links);
    }

    /** The next page, if there is one. */
    public Optional<URI> next() {
        return Optional.ofNullable(links.get("next"));
    }

    private static void read(String entry, Map<String, URI> links) {
        String[] parts = entry.split(";");
        String target = parts[0].strip();
        if (target.startsWith("<")) {
            target = target.substring(1, target.endsWith(">") ? target.length() - 1 : target.length()).strip();
        }
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException e) {
            return;
        }
        if (!uri.isAbsolute()) {
            return;
        }
        Arrays.stream(parts).skip(1).map(String::strip)
                .filter(parameter -> parameter.toLowerCase(Locale.ROOT).startsWith("rel"))
                .map(parameter -> parameter.substring(parameter.indexOf('=') + 1))
                .map(LinkHeader::unquoted)
                .flatMap(relations -> Arrays.stream(relations.split("\\s+")))
                .filter(relation -> !relation.isEmpty())
                .forEach(relation -> links.putIfAbsent(relation.toLowerCase(Locale.ROOT), uri));
    }

    /** The relation without any quoting around it: straight, curly, or curly quotes mangled by a charset. */
    private static String unquoted(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && !isRelationCharacter(value.charAt(start))) {
            start++;
        }
        while (end > start && !isRelationCharacter(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end).strip();
    }

    /** Relation names are letters and digits, or URIs (RFC 8288, 2.1): they begin and end with one of those. */
    private static boolean isRelationCharacter(char c) {
        return c < 128 && Character.isLetterOrDigit(c) || c == '/';
    }
}
