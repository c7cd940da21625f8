package nl.samenspraak.tool.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.program.content.Language;

/** What the visitor of the demo page chose: who launches, which link of the course, in which language and display. */
public record DemoLaunchChoice(DemoPersona persona, DemoCourse.Link link, Language locale, DemoDisplay display) {

    /** The form fields of the demo page, as they name the choice. */
    public static final String PERSONA = "persona";
    public static final String ASSIGNMENT = "assignment";
    public static final String LOCALE = "locale";
    public static final String DISPLAY = "display";

    public DemoLaunchChoice {
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(display, "display");
    }

    /** The fields of the demo page's form as sent, before they are checked. */
    public record Form(String persona, String assignment, String locale, String display) {

        /** What the page offers first: the first teacher, the first assignment, the page's language, this window. */
        public static Form initial(DemoCourse course, Language pageLanguage) {
            return new Form(DemoPersona.ANNA.id(), course.firstLink().map(DemoCourse.Link::assignmentId).orElse(null),
                    pageLanguage.code(), DemoDisplay.WINDOW.target());
        }

        /**
         * The choice, when every field names something the demo offers.
         *
         * @throws InvalidDemoChoiceException naming every field that does not
         */
        public DemoLaunchChoice toChoice(DemoCourse course) {
            Optional<DemoPersona> chosenPersona = Optional.ofNullable(persona).flatMap(DemoPersona::fromId);
            Optional<DemoCourse.Link> chosenLink = Optional.ofNullable(assignment).flatMap(course::link);
            Optional<Language> chosenLocale = Optional.ofNullable(locale).flatMap(Language::fromCode);
            Optional<DemoDisplay> chosenDisplay = Optional.ofNullable(display).flatMap(DemoDisplay::fromTarget);
            List<String> wrong = new ArrayList<>();
            if (chosenPersona.isEmpty()) {
                wrong.add(PERSONA);
            }
            if (chosenLink.isEmpty()) {
                wrong.add(ASSIGNMENT);
            }
            if (chosenLocale.isEmpty()) {
                wrong.add(LOCALE);
            }
            if (chosenDisplay.isEmpty()) {
                wrong.add(DISPLAY);
            }
            if (!wrong.isEmpty()) {
                throw new InvalidDemoChoiceException(wrong);
            }
            return new DemoLaunchChoice(chosenPersona.get(), chosenLink.get(), chosenLocale.get(), chosenDisplay.get());
        }
    }
}
