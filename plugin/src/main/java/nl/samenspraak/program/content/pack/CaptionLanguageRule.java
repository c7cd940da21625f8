package nl.samenspraak.program.content.pack;

import java.util.HashMap;
import java.util.Map;

/** A film has at most one caption file per language, so the player's language menu is unambiguous. */
final class CaptionLanguageRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode film : PackTree.films(pack)) {
            Map<String, PackNode> seen = new HashMap<>();
            for (PackNode caption : film.get("captions").items()) {
                String language = caption.text("language");
                PackNode first = seen.putIfAbsent(language, caption);
                if (first != null) {
                    findings.report(caption.get("language"), "There is already a caption file for language '"
                            + language + "' at " + first.path() + "; give one per language.");
                }
            }
        }
    }
}
