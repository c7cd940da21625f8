package nl.samenspraak.program.content.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the parts of a schema-valid pack tree that the semantic rules look at, so each rule states its
 * rule and not the shape of the format.
 */
final class PackTree {

    private PackTree() {
    }

    static List<PackNode> modules(PackNode pack) {
        return pack.get("modules").items();
    }

    static List<PackNode> assignments(PackNode pack) {
        return modules(pack).stream().flatMap(module -> module.get("assignments").items().stream()).toList();
    }

    static List<PackNode> assignmentsOfType(PackNode pack, String type) {
        return assignments(pack).stream().filter(assignment -> assignment.text("type").equals(type)).toList();
    }

    /** The arrays of questions of an assignment (viewing, reading or reflection questions). */
    static List<PackNode> questionLists(PackNode assignment) {
        return switch (assignment.text("type")) {
            case "video" -> List.of(assignment.get("viewingQuestions"));
            case "reading" -> List.of(assignment.get("questions"));
            case "peer-coaching", "action-plan" -> List.of(assignment.get("reflectionQuestions"));
            default -> List.of();
        };
    }

    static List<PackNode> questions(PackNode assignment) {
        return questionLists(assignment).stream().flatMap(list -> list.items().stream()).toList();
    }

    static List<PackNode> allQuestions(PackNode pack) {
        return assignments(pack).stream().flatMap(assignment -> questions(assignment).stream()).toList();
    }

    static List<PackNode> videoSources(PackNode pack) {
        return pack.get("videoSources").items();
    }

    /**
     * Every film description: the {@code video} of each video assignment and each {@code videoSources}
     * entry. Both have {@code source}, {@code durationSeconds} and {@code captions}.
     */
    static List<PackNode> films(PackNode pack) {
        return Stream.concat(
                        assignmentsOfType(pack, "video").stream().map(assignment -> assignment.get("video")),
                        videoSources(pack).stream())
                .toList();
    }

    /** Every object that points at a file by {@code path} or {@code url}: video sources, captions, documents. */
    static List<PackNode> linkHolders(PackNode pack) {
        List<PackNode> holders = new ArrayList<>();
        for (PackNode film : films(pack)) {
            holders.add(film.get("source"));
            holders.addAll(film.get("captions").items());
        }
        for (PackNode reading : assignmentsOfType(pack, "reading")) {
            if (reading.has("document")) {
                holders.add(reading.get("document"));
            }
        }
        return holders;
    }
}
