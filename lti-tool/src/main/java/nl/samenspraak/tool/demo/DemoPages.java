package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.interfaces.web.Pages;

/** The demo platform's own pages: the course with its people and links, and the course page with the tool in a frame. */
@Singleton
public class DemoPages {

    private final Pages pages;
    private final DemoPlatform platform;
    private final DemoCourse course;

    @Inject
    public DemoPages(Pages pages, DemoPlatform platform, DemoCourse course) {
        this.pages = pages;
        this.platform = platform;
        this.course = course;
    }

    /**
     * The demo's start page, with the form filled in as given.
     *
     * @param wrongFields the form's fields to mark as wrong, in the form's order
     */
    public Response start(Response.Status status, Language language, DemoLaunchChoice.Form form,
                          List<String> wrongFields) {
        Map<String, Object> model = new HashMap<>();
        Language other = language == Language.NL ? Language.EN : Language.NL;
        model.put("otherLang", other.code());
        model.put("courseTitle", course.title());
        model.put("launchAction", platform.url("/launch"));
        model.put("personas", List.of(DemoPersona.values()).stream().map(persona -> Map.of(
                "id", persona.id(), "name", persona.fullName(),
                "description", pages.text(language, "demo.persona." + persona.id()),
                "checked", persona.id().equals(form.persona()))).toList());
        model.put("sections", course.sections().stream().map(section -> Map.of(
                "title", section.title().in(language),
                "links", section.links().stream().map(link -> Map.of(
                        "assignmentId", link.assignmentId(), "title", link.title().in(language),
                        "selected", link.assignmentId().equals(form.assignment()))).toList())).toList());
        model.put("locales", List.of(Language.values()).stream().map(locale -> Map.of(
                "code", locale.code(), "label", pages.text(locale, "demo.language.name"),
                "checked", locale.code().equals(form.locale()))).toList());
        model.put("displays", List.of(DemoDisplay.values()).stream().map(display -> Map.of(
                "value", display.target(), "label", pages.text(language, "demo.display." + display.target()),
                "checked", display.target().equals(form.display()))).toList());
        model.put("hasErrors", !wrongFields.isEmpty());
        model.put("errors", wrongFields.stream().map(field -> Map.of(
                "field", field, "message", pages.text(language, "demo.error." + field))).toList());
        wrongFields.forEach(field -> model.put(field + "Error", pages.text(language, "demo.error." + field)));
        model.put("facts", Map.of(
                "issuer", platform.issuer(), "clientId", DemoPlatform.CLIENT_ID,
                "deploymentId", DemoPlatform.DEPLOYMENT_ID, "authorizationUrl", platform.authorizationUrl(),
                "tokenUrl", platform.tokenUrl(), "jwksUrl", platform.jwksUrl(),
                "loginUrl", platform.toolLoginUrl(), "launchUrl", platform.toolLaunchUrl()));
        return pages.response(status, "demo", language, model);
    }

    /** The course page of one link, as an LMS shows it, with the tool in a frame that starts at {@code frameSource}. */
    public Response coursePage(Language language, DemoLaunchChoice choice, URI frameSource) {
        return pages.response(Response.Status.OK, "demo-course", language, Map.of(
                "courseTitle", course.title(),
                "linkTitle", choice.link().title().in(language),
                "personName", choice.persona().fullName(),
                "backHref", platform.url("?lang=" + language.code()),
                "frameSource", frameSource));
    }
}
