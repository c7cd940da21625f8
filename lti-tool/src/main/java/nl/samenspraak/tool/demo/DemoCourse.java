package nl.samenspraak.tool.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.program.content.pack.ProgramCatalog;
import nl.samenspraak.tool.texts.TextKey;
import nl.samenspraak.tool.texts.Texts;

/**
 * The demo platform's one course: a link to the tool as a whole, which opens the module overview, and a
 * link per assignment of the loaded program, grouped by module.
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

    /**
     * A link in the course that opens the tool at one assignment, or at the module overview when its
     * assignment id is empty; the link id is the resource link id.
     */
    public record Link(String id, String assignmentId, LocalizedText title) {

        /** Whether the link names an assignment; the launch then carries it as a custom parameter. */
        public boolean opensAssignment() {
            return !assignmentId.isEmpty();
        }
    }

    /** The id of the link without an assignment, as a course might place the tool once for all its modules. */
    static final String OVERVIEW_ID = "demo-link-overzicht";

    public DemoCourse {
        sections = List.copyOf(sections);
    }

    /** The course with the overview link, then a link for every assignment of the program, in the program's order. */
    public static DemoCourse of(ProgramCatalog program, Texts texts) {
        List<Section> sections = new ArrayList<>();
        Link overview = new Link(OVERVIEW_ID, "", texts.of(TextKey.DEMO_COURSE_SAMENSPRAAK_ALL_MODULES));
        sections.add(new Section(texts.of(TextKey.DEMO_COURSE_COURSE), List.of(overview)));
        program.modules().stream().map(module -> new Section(module.title(),
                module.assignments().stream().map(assignment -> new Link(linkId(assignment.id()), assignment.id(),
                        assignment.title())).toList())).forEach(sections::add);
        return new DemoCourse(ID, LABEL, TITLE, sections);
    }

    /** The link that opens this assignment. */
    public Optional<Link> link(String assignmentId) {
        return sections.stream().flatMap(section -> section.links().stream())
                .filter(link -> link.assignmentId().equals(assignmentId)).findFirst();
    }

    /** The first link to an assignment, which the demo page offers first. */
    public Optional<Link> firstLink() {
        return sections.stream().flatMap(section -> section.links().stream()).filter(Link::opensAssignment).findFirst();
    }

    private static String linkId(String assignmentId) {
        return "demo-link-" + assignmentId;
    }
}
