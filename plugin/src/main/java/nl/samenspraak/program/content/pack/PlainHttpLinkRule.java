package nl.samenspraak.program.content.pack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warning for every plain {@code http://} address written in a pack's texts (a {@code url} field with
 * one is already refused by {@link WebAddressRule}). Such a link still works as text, so the pack loads;
 * but inside the learning platform's https page the browser may block or flag it, and on the way anyone
 * can read or change what the teacher opens. The https address, or a copy shipped in the pack, is better.
 */
final class PlainHttpLinkRule implements PackRule {

    private static final Pattern PLAIN_HTTP = Pattern.compile("(?i)\\bhttp://[^\\s\"'<>)]+");

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        visit(pack, findings);
    }

    private static void visit(PackNode node, Findings findings) {
        if (node.json().isTextual()) {
            Matcher link = PLAIN_HTTP.matcher(node.json().asText());
            while (link.find()) {
                findings.warn(node, "'" + link.group() + "' is a plain http address; use its https:// address, "
                        + "or ship the document in the pack and link it as a file.");
            }
            return;
        }
        node.items().forEach(item -> visit(item, findings));
        node.fields().forEach((name, field) -> {
            if (!name.equals("url")) {
                visit(field, findings);
            }
        });
    }
}
