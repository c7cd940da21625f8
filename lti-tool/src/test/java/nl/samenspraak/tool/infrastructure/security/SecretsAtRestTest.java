package nl.samenspraak.tool.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.DataDirectory;
import nl.samenspraak.tool.infrastructure.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secrets key's sources, in order, and what the box does with it. */
class SecretsAtRestTest {

    @TempDir
    Path folder;

    private DataDirectory dataDirectory() {
        return new DataDirectory(Optional.of(folder.resolve("data").toString()));
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKey() {
        SecretBox box = TestSecrets.box();
        String sealed = box.seal("geheim");

        assertTrue(box.isSealed(sealed));
        assertFalse(sealed.contains("geheim"));
        assertNotEquals(sealed, box.seal("geheim"), "a fresh nonce every time");
        assertEquals("geheim", box.open(sealed));
        SecretsKeyException wrongKey = assertThrows(SecretsKeyException.class, () -> TestSecrets.box().open(sealed));
        assertTrue(wrongKey.getMessage().contains("SAMENSPRAAK_SECRETS_KEY"), wrongKey.getMessage());
    }

    @Test
    void aValueStoredInClearIsRecognisedAsClear() {
        SecretBox box = TestSecrets.box();

        assertFalse(box.isSealed("c2VjcmV0LWZyb20tYmVmb3JlLWVuY3J5cHRpb24="));
        assertFalse(box.isSealed("{\"kty\":\"RSA\",\"kid\":\"k\"}"));
        assertEquals("{\"kty\":\"RSA\"}", box.open("{\"kty\":\"RSA\"}"));
    }

    @Test
    void theEmbeddedDatabaseGetsAKeyFileOnlyTheToolsUserMayRead() throws IOException {
        SecretBox first = new SecretBox(SecretsKey.of(Optional.empty(), Optional.empty(), dataDirectory(),
                DatabaseSettings.Kind.EMBEDDED));
        Path file = folder.resolve("data").resolve(SecretsKey.FILE_NAME);

        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(DataDirectory.OWNER_ONLY, Files.getPosixFilePermissions(folder.resolve("data")));
        SecretBox afterRestart = new SecretBox(SecretsKey.of(Optional.empty(), Optional.empty(), dataDirectory(),
                DatabaseSettings.Kind.EMBEDDED));
        assertEquals("geheim", afterRestart.open(first.seal("geheim")), "the same key after a restart");
    }

    @Test
    void theKeyFromTheEnvironmentOrAFileWinsOverTheDataFolder() throws IOException {
        String key = TestSecrets.randomKey();
        Path keyFile = Files.writeString(folder.resolve("key"), key + "\n");

        SecretBox fromVariable = TestSecrets.box(key);
        SecretBox fromFile = new SecretBox(SecretsKey.of(Optional.empty(), Optional.of(keyFile.toString()),
                dataDirectory(), DatabaseSettings.Kind.POSTGRESQL));

        assertEquals("geheim", fromFile.open(fromVariable.seal("geheim")));
        assertFalse(Files.exists(folder.resolve("data")), "no key file is made when a key is given");
    }

    @Test
    void postgresqlWithoutAKeyDoesNotStartAndSaysWhatToSet() {
        SecretsKeyException refused = assertThrows(SecretsKeyException.class, () -> SecretsKey.of(Optional.empty(),
                Optional.empty(), dataDirectory(), DatabaseSettings.Kind.POSTGRESQL));

        assertTrue(refused.getMessage().contains("SAMENSPRAAK_SECRETS_KEY"), refused.getMessage());
    }

    @Test
    void aKeyOfTheWrongSizeOrNotInBase64IsRefused() {
        assertTrue(assertThrows(SecretsKeyException.class, () -> TestSecrets.box("c2hvcnQ="))
                .getMessage().contains("not 32"));
        assertTrue(assertThrows(SecretsKeyException.class, () -> TestSecrets.box("geen base64!"))
                .getMessage().contains("not Base64"));
    }
}
