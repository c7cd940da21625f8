package nl.samenspraak.program.content.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids are unique where the format says so: modules and assignments in the pack (assignments also over all
 * packs, which the catalog checks), questions in an assignment, options in a question, checklist items,
 * marks, phases and behaviours in an observation form, sectors in a quickscan, themes and statements in a
 * sector, actions in an action plan, and the assignments a pack gives films for.
 */
final class UniqueIdsRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        unique(PackTree.modules(pack), "id", "module id", findings);
        unique(PackTree.assignments(pack), "id", "assignment id", findings);
        for (PackNode assignment : PackTree.assignments(pack)) {
            checkAssignment(assignment, findings);
        }
        for (PackNode question : PackTree.allQuestions(pack)) {
            unique(question.get("options").items(), "id", "option id", findings);
        }
        unique(PackTree.videoSources(pack), "assignment", "film for assignment", findings);
    }

    private static void checkAssignment(PackNode assignment, Findings findings) {
        unique(PackTree.questions(assignment), "id", "question id", findings);
        switch (assignment.text("type")) {
            case "peer-coaching" -> {
                PackNode form = assignment.get("observationForm");
                unique(assignment.get("checklist").items(), "id", "checklist item id", findings);
                unique(form.get("marks").items(), "id", "mark id", findings);
                List<PackNode> phases = form.get("phases").items();
                unique(phases, "id", "phase id", findings);
                unique(phases.stream().flatMap(phase -> phase.get("behaviours").items().stream()).toList(),
                        "id", "behaviour id", findings);
            }
            case "quickscan" -> {
                List<PackNode> sectors = assignment.get("sectors").items();
                unique(sectors, "id", "sector id", findings);
                for (PackNode sector : sectors) {
                    List<PackNode> themes = sector.get("themes").items();
                    unique(themes, "id", "theme id", findings);
                    unique(themes.stream().flatMap(theme -> theme.get("statements").items().stream()).toList(),
                            "id", "statement id", findings);
                }
            }
            case "action-plan" -> unique(assignment.get("actions").items(), "id", "action id", findings);
            default -> {
                // video and reading have no id lists besides their questions
            }
        }
    }

    private static void unique(List<PackNode> items, String field, String what, Findings findings) {
        Map<String, PackNode> seen = new HashMap<>();
        for (PackNode item : items) {
            String id = item.text(field);
            PackNode first = seen.putIfAbsent(id, item);
            if (first != null) {
                findings.report(item.get(field),
                        "Duplicate " + what + " '" + id + "': it is already used at " + first.path() + ".");
            }
        }
    }
}
