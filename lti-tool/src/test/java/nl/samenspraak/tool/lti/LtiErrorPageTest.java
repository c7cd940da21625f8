package nl.samenspraak.tool.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.infrastructure.logging.LogFields;
import nl.samenspraak.tool.interfaces.web.Pages;
import nl.samenspraak.tool.lti.launch.LaunchError;
import nl.samenspraak.tool.lti.launch.LaunchRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A refused launch: a log line a request cannot forge, and a page without the exception's text. */
class LtiErrorPageTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger log = Logger.getLogger(LtiErrorPage.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord line) {
            lines.add(line.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Pages pages = new Pages();
    private final LtiErrorPage page = new LtiErrorPage(pages, new LogFields());

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stop() {
        log.removeHandler(capture);
    }

    @Test
    void aValueFromTheRequestIsEscapedInTheLogLine() {
        page.log("launch", new LaunchRejectedException(LaunchError.FOREIGN_TARGET_LINK,
                "https://elders.example/\r\nINFO: Administrator signed in"));

        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("\n") || lines.get(0).contains("\r"), lines.get(0));
        assertTrue(lines.get(0).contains("\\u000d\\u000aINFO"), lines.get(0));
    }

    /** The page fills its hint with the refusal's arguments, as {@link LtiErrorPage#response} does. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theKeySetPageShowsNoExceptionText(Language language) {
        LaunchRejectedException refused = new LaunchRejectedException(LaunchError.KEY_SET_UNAVAILABLE,
                "https://lms.example/jwks", "java.net.ConnectException: Connection refused at 10.0.0.5");

        String hint = MessageFormat.format(pages.text(language, refused.error().textKey() + ".hint"),
                refused.arguments().toArray());

        assertTrue(hint.contains("https://lms.example/jwks"), hint);
        assertFalse(hint.contains("ConnectException") || hint.contains("10.0.0.5"), hint);
        page.log("launch", refused);
        assertTrue(lines.get(0).contains("ConnectException"), "the reason is in the log line only");
    }
}
