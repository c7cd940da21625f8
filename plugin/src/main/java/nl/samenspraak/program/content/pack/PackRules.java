package nl.samenspraak.program.content.pack;

import java.util.List;

/** The semantic rules of the format, run on a pack that passed the schema. */
final class PackRules {

    private final List<PackRule> rules;

    PackRules(List<PackRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static PackRules all() {
        return new PackRules(List.of(new UniqueIdsRule(), new OpenAnswerLengthRule(), new ScaleRule(),
                new VideoTimeRule(), new CaptionLanguageRule(), new PackFileRule(), new WebAddressRule(),
                new ActionPlanRule(), new PlainHttpLinkRule()));
    }

    Findings check(String file, PackNode pack, PackFiles files) {
        Findings findings = new Findings(file);
        for (PackRule rule : rules) {
            rule.check(pack, files, findings);
        }
        return findings;
    }
}
