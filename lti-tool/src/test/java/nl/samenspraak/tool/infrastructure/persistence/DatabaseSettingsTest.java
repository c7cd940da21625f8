package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private final Path dataDir = Path.of("/var/lib/samenspraak");

    @Test
    void withoutAUrlTheEmbeddedDatabaseLivesInTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.of(Optional.empty(), Optional.empty(), Optional.empty(), dataDir);

        assertEquals(DatabaseSettings.Kind.EMBEDDED, settings.kind());
        assertEquals("jdbc:h2:file:/var/lib/samenspraak/samenspraak;QUERY_CACHE_SIZE=64", settings.url());
    }

    @Test
    void aBlankUrlCountsAsNone() {
        DatabaseSettings settings = DatabaseSettings.of(Optional.of("  "), Optional.empty(), Optional.empty(), dataDir);

        assertEquals(DatabaseSettings.Kind.EMBEDDED, settings.kind());
    }

    @Test
    void aPostgresqlUrlWithAUserSelectsPostgresql() {
        DatabaseSettings settings = DatabaseSettings.of(Optional.of("jdbc:postgresql://db:5432/samenspraak"),
                Optional.of("tool"), Optional.of("secret"), dataDir);

        assertEquals(DatabaseSettings.Kind.POSTGRESQL, settings.kind());
        assertEquals("tool", settings.user());
    }

    @Test
    void anotherKindOfUrlIsRefusedWithWhatToDo() {
        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class, () -> DatabaseSettings.of(
                Optional.of("jdbc:mysql://db/samenspraak"), Optional.of("tool"), Optional.empty(), dataDir));

        assertTrue(refused.getMessage().startsWith("SAMENSPRAAK_DB_URL must be a PostgreSQL URL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("jdbc:mysql://db/sa"), refused.getMessage());
    }

    @Test
    void aUrlWithoutAUserIsRefused() {
        DatabaseStartupException refused = assertThrows(DatabaseStartupException.class, () -> DatabaseSettings.of(
                Optional.of("jdbc:postgresql://db/samenspraak"), Optional.empty(), Optional.of("x"), dataDir));

        assertTrue(refused.getMessage().contains("SAMENSPRAAK_DB_USER is not"), refused.getMessage());
    }

    @Test
    void thePasswordNeverShowsInTheDescription() {
        DatabaseSettings settings = DatabaseSettings.of(Optional.of("jdbc:postgresql://db/s?password=hunter2"),
                Optional.of("tool"), Optional.of("secret"), dataDir);

        assertFalse(settings.toString().contains("secret"));
        assertFalse(settings.toString().contains("hunter2"));
        assertEquals("jdbc:postgresql://db/s", settings.safeUrl());
    }
}
