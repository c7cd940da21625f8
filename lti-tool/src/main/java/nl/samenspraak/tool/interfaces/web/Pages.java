package nl.samenspraak.tool.interfaces.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.samenspraak.program.content.Language;

/**
 * The pages the server writes itself (the LTI login and launch steps, their errors, the registration and
 * demo pages): Mustache templates under {@code pages/} on the class path, which escape every value, with
 * the texts of the page's language as {@code t}.
 */
@Singleton
public class Pages {

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("utf-8");

    private final MustacheFactory templates = new DefaultMustacheFactory("pages");
    private final PageTexts texts = new PageTexts();
    private final ObjectMapper json = new ObjectMapper();

    /** The page as HTML. */
    public String render(String template, Language language, Map<String, ?> model) {
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("t", texts.forTemplates(language));
        scope.put("lang", language.code());
        StringWriter html = new StringWriter();
        templates.compile(template + ".mustache").execute(html, scope);
        return html.toString();
    }

    /**
     * The page as a response that no cache keeps: these pages carry one-time values. The entity is bytes,
     * not a String: the JAX-RS runtime would otherwise escape the markup of an error page once more.
     */
    public Response response(Response.Status status, String template, Language language, Map<String, ?> model) {
        return Response.status(status).type(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(render(template, language, model).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The text of one key in a language, for messages built outside a template. */
    public String text(Language language, String key) {
        return texts.of(language).get(key);
    }

    /**
     * A value as JSON fit for a {@code <script type="application/json">} element: {@code <}, {@code >} and
     * {@code &} are written as escapes, so no value can close the element. Use it with {@code {{{ }}}}.
     */
    public String scriptJson(Object value) {
        try {
            return json.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
