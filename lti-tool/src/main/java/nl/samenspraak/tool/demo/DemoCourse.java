package nl.samenspraak.tool.demo;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.pack.ProgramCatalog;

/**
 * The demo platform's one course: a link per assignment of the loaded program, grouped by module.
 *
 * @param sections the course's sections, one per module of the program
 */
public record DemoCourse(String id, String label, String title, List<Section> sections) {

    static final String ID = "demo-course";
    static final String LABEL = "DEMO-OUDERS";
    static final String TITLE = "Demo: samenwerken met ouders";

    /** A section of the course: a module with its links. */
    public record Section(LocalizedText title, List<Link> links) {

        public Section {
            links = List.copyOf(links);
        }
    }

    /** A link in the course that opens the tool at one assignment; the link id is the resource link id. */
    public record Link(String id, String assignmentId, LocalizedText title) {
    }

    public DemoCourse {
        sections = List.copyOf(sections);
    }

    /** The course with a link for every assignment of the program, in the program's order. */
    public static DemoCourse of(ProgramCatalog program) {
        return new DemoCourse(ID, LABEL, TITLE, program.modules().stream().map(module -> new Section(module.title(),
                module.assignments().stream().map(assignment -> new Link(linkId(assignment.id()), assignment.id(),
                        assignment.title())).toList())).toList());
    }

    /** The link that opens this assignment. */
    public Optional<Link> link(String assignmentId) {
        return sections.stream().flatMap(section -> section.links().stream())
                .filter(link -> link.assignmentId().equals(assignmentId)).findFirst();
    }

    /** The first link of the course, which the demo page offers first. */
    public Optional<Link> firstLink() {
        return sections.stream().flatMap(section -> section.links().stream()).findFirst();
    }

    private static String linkId(String assignmentId) {
        return "demo-link-" + assignmentId;
    }
}
