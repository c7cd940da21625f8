package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is the tool's user's alone: made so, or closed to others when it was open. */
class DataDirectoryTest {

    @TempDir
    Path folder;

    @Test
    void aNewDataFolderIsOnlyTheToolsUsers() throws IOException {
        Path data = new DataDirectory(Optional.of(folder.resolve("nieuw/data").toString())).create();

        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(data));
    }

    @Test
    void anOpenDataFolderIsClosedToOthers() throws IOException {
        Path open = Files.createDirectory(folder.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));

        new DataDirectory(Optional.of(open.toString())).create();

        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(open));
    }

    @Test
    void theEmbeddedDatabaseStartsInAFolderOnlyTheToolsUserMayRead() throws IOException {
        Path data = folder.resolve("db");
        try (TestDatabase database = TestDatabase.in(data)) {
            assertEquals(DataDirectory.OWNER_ONLY, Files.getPosixFilePermissions(data));
        }
    }
}
