package nl.samenspraak.tool.lti;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.logging.LogFields;
import nl.samenspraak.tool.infrastructure.web.LogValues;
import nl.samenspraak.tool.interfaces.web.Pages;

/**
 * The page a refused login or launch shows, in the launch's language: what failed, what an administrator
 * should check, and a correlation id that is also in the log line, so a school's report can be matched. The
 * page shows no exception text: a reason that comes from an exception is in the log line only.
 */
@Singleton
public class LtiErrorPage {

    private static final Logger LOG = Logger.getLogger(LtiErrorPage.class.getName());

    private final Pages pages;
    private final LogFields fields;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public LtiErrorPage(Pages pages, LogFields fields) {
        this.pages = pages;
        this.fields = fields;
    }

    public Response response(String step, LtiException rejection, Language language) {
        return response(step, rejection, language, "lti-error");
    }

    /** The refusal on another page than the launch's, such as the one of a refused registration. */
    public Response response(String step, LtiException rejection, Language language, String template) {
        String correlationId = log(step, rejection);
        LtiException.LtiError error = rejection.error();
        Object[] arguments = rejection.arguments().toArray();
        return pages.response(error.status(), template, language, Map.of(
                "title", MessageFormat.format(pages.text(language, error.textKey() + ".title"), arguments),
                "hint", MessageFormat.format(pages.text(language, error.textKey() + ".hint"), arguments),
                "correlationId", correlationId));
    }

    /** Logs the refusal with a new correlation id, and returns the id. */
    public String log(String step, LtiException rejection) {
        byte[] id = new byte[6];
        random.nextBytes(id);
        String correlationId = HexFormat.of().formatHex(id);
        // The message holds values from the request (iss, target_link_uri): quoted, so they cannot forge a line.
        // The id is also a field of its own in JSON log lines (ext_correlationId), for a search by field.
        return fields.with("correlationId", correlationId, () -> {
            LOG.warning("LTI " + step + " rejected [" + correlationId + "] " + rejection.error().textKey() + ": "
                    + LogValues.quote(rejection.getMessage()));
            return correlationId;
        });
    }
}
