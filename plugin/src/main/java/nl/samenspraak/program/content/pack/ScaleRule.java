package nl.samenspraak.program.content.pack;

import nl.samenspraak.program.content.ScaleDefinition;

import java.util.ArrayList;
import java.util.List;

/** Every scale (of a scale question or a quickscan) has {@code min < max} and at most 11 steps. */
final class ScaleRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode scale : scales(pack)) {
            long min = scale.json().path("min").asLong();
            long max = scale.json().path("max").asLong();
            long steps = max - min + 1;
            if (min >= max) {
                findings.report(scale.get("max"), "max (" + max + ") must be greater than min (" + min + ").");
            } else if (steps > ScaleDefinition.MAX_STEPS) {
                findings.report(scale.get("max"), "A scale has at most " + ScaleDefinition.MAX_STEPS
                        + " steps; " + min + " to " + max + " has " + steps + ".");
            }
        }
    }

    private static List<PackNode> scales(PackNode pack) {
        List<PackNode> scales = new ArrayList<>();
        for (PackNode question : PackTree.allQuestions(pack)) {
            if (question.text("kind").equals("scale")) {
                scales.add(question.get("scale"));
            }
        }
        for (PackNode quickscan : PackTree.assignmentsOfType(pack, "quickscan")) {
            scales.add(quickscan.get("scale"));
        }
        return scales;
    }
}
