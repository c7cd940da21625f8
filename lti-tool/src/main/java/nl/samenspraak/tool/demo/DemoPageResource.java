package nl.samenspraak.tool.demo;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.function.Function;
import nl.samenspraak.program.content.Language;

/**
 * {@code GET /demo}: the demo course, where a visitor picks a person, a link, a language and a display;
 * {@code GET /demo/launch}: the link they clicked, which starts the tool's login like a platform does;
 * {@code GET /demo/course}: the course page with the tool in a frame.
 */
@Singleton
@Path("")
public class DemoPageResource {

    private final DemoPages pages;
    private final DemoLaunchLinks links;
    private final DemoPlatform platform;
    private final DemoCourse course;

    @Inject
    public DemoPageResource(DemoPages pages, DemoLaunchLinks links, DemoPlatform platform, DemoCourse course) {
        this.pages = pages;
        this.links = links;
        this.platform = platform;
        this.course = course;
    }

    @GET
    public Response start(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = pageLanguage(lang, acceptLanguage);
        return pages.start(Response.Status.OK, language, DemoLaunchChoice.Form.initial(course, language), List.of());
    }

    @GET
    @Path("launch")
    public Response launch(@QueryParam(DemoLaunchChoice.PERSONA) String persona,
                           @QueryParam(DemoLaunchChoice.ASSIGNMENT) String assignment,
                           @QueryParam(DemoLaunchChoice.LOCALE) String locale,
                           @QueryParam(DemoLaunchChoice.DISPLAY) String display,
                           @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = pageLanguage(lang, acceptLanguage);
        return withChoice(new DemoLaunchChoice.Form(persona, assignment, locale, display), language, choice -> {
            if (choice.display() == DemoDisplay.WINDOW) {
                return Response.status(Response.Status.FOUND).location(links.loginUri(choice))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
            }
            // The course page is at the public address, like the tool in its frame: one site, so the
            // login's state cookie is first-party in the frame too.
            return Response.seeOther(UriBuilder.fromUri(platform.url("/course"))
                    .queryParam(DemoLaunchChoice.PERSONA, choice.persona().id())
                    .queryParam(DemoLaunchChoice.ASSIGNMENT, choice.link().assignmentId())
                    .queryParam(DemoLaunchChoice.LOCALE, choice.locale().code())
                    .queryParam("lang", language.code()).build()).build();
        });
    }

    @GET
    @Path("course")
    public Response course(@QueryParam(DemoLaunchChoice.PERSONA) String persona,
                           @QueryParam(DemoLaunchChoice.ASSIGNMENT) String assignment,
                           @QueryParam(DemoLaunchChoice.LOCALE) String locale,
                           @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = pageLanguage(lang, acceptLanguage);
        return withChoice(new DemoLaunchChoice.Form(persona, assignment, locale, DemoDisplay.IFRAME.target()), language,
                choice -> pages.coursePage(language, choice, links.loginUri(choice)));
    }

    /** The answer to a valid choice; the demo page with the wrong fields marked (400) to any other. */
    private Response withChoice(DemoLaunchChoice.Form form, Language language,
                                Function<DemoLaunchChoice, Response> answer) {
        DemoLaunchChoice choice;
        try {
            choice = form.toChoice(course);
        } catch (InvalidDemoChoiceException e) {
            return pages.start(Response.Status.BAD_REQUEST, language, form, e.fields());
        }
        return answer.apply(choice);
    }

    /** An explicit {@code ?lang=} (the page's language switch) wins over the browser's Accept-Language. */
    private static Language pageLanguage(String lang, String acceptLanguage) {
        return lang == null ? Language.fromTag(acceptLanguage)
                : Language.fromCode(lang.strip()).orElseGet(() -> Language.fromTag(acceptLanguage));
    }
}
