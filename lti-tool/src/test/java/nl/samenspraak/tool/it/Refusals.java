package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import nl.samenspraak.tool.it.platform.ErrorPage;
import nl.samenspraak.tool.it.platform.ToolAnswer;

/**
 * What every refused login or launch must show: its status, the Dutch page naming what failed, no session,
 * and one log line with the correlation id the page shows.
 */
final class Refusals {

    private static final Duration LOG_DEADLINE = Duration.ofSeconds(10);
    private static final Duration LOG_POLL = Duration.ofMillis(25);

    private final Properties dutch = new Properties();
    private final Path serverLog = Path.of(System.getProperty("samenspraak.it.serverLog", "messages.log"));

    Refusals() {
        try (InputStream texts = Refusals.class.getClassLoader().getResourceAsStream("pages/texts.properties")) {
            dutch.load(new InputStreamReader(texts, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param textKey   the refusal's page texts, {@code launch.MISSING_KID} for example
     * @param arguments what the texts are filled in with
     */
    ErrorPage assertRefused(ToolAnswer answer, int status, String textKey, String... arguments) {
        assertEquals(status, answer.status(), answer.toString());
        assertFalse(answer.grantsSession(), "a refusal makes no session: " + answer);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("text/html"), answer.toString());
        ErrorPage page = answer.errorPage();
        assertEquals(text(textKey + ".title", arguments), page.title());
        assertEquals(text(textKey + ".hint", arguments), page.hint());
        String line = logLine(page.correlationId());
        assertTrue(line.contains(textKey), line);
        return page;
    }

    /** The Dutch text, filled in as the page does. */
    String text(String key, String... arguments) {
        String pattern = dutch.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("No Dutch text " + key);
        }
        return MessageFormat.format(pattern, (Object[]) arguments);
    }

    /** The one line of the server log with the correlation id; waits for the log to be written. */
    String logLine(String correlationId) {
        Instant deadline = Instant.now().plus(LOG_DEADLINE);
        List<String> lines = linesWith("[" + correlationId + "]");
        while (lines.isEmpty() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(LOG_POLL.toNanos());
            lines = linesWith("[" + correlationId + "]");
        }
        assertEquals(1, lines.size(), "log lines with correlation id " + correlationId + ": " + lines);
        return lines.get(0);
    }

    private List<String> linesWith(String text) {
        try {
            return Files.readAllLines(serverLog, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server log " + serverLog, e);
        }
    }
}
