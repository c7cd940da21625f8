package nl.samenspraak.program.content.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackFilesTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "../x.webm", "media/../../x.webm", "media/./x.webm", "/etc/passwd",
            "media//x.webm", "media\\x.webm", "C:/x.webm", "file:x.webm", "media/"})
    void refusesPathsThatAreNotPlainlyInsideThePack(String path) {
        assertEquals(Optional.empty(), RelativePackPath.parse(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.webm", "media/film.nl.vtt", "a/b/c..d.pdf"})
    void acceptsRelativePaths(String path) {
        assertEquals(Optional.of(new RelativePackPath(path)), RelativePackPath.parse(path));
    }

    @Test
    void opensAFileInAPackFolder() throws IOException {
        Path pack = temp.resolve("pack");
        TestPacks.write(pack.resolve("media/film.webm"), "film");

        PackFile file = new FolderPackFiles(pack).find("media/film.webm").orElseThrow();

        assertEquals("media/film.webm", file.path());
        assertEquals(4, file.size());
        assertEquals("film", read(file));
    }

    @Test
    void findsNoFoldersMissingFilesOrFilesOutsideThePackFolder() {
        Path pack = temp.resolve("pack");
        TestPacks.write(pack.resolve("media/film.webm"), "film");
        TestPacks.write(temp.resolve("secret.txt"), "secret");
        FolderPackFiles files = new FolderPackFiles(pack);

        assertTrue(files.find("media").isEmpty());
        assertTrue(files.find("media/other.webm").isEmpty());
        assertTrue(files.find("../secret.txt").isEmpty());
        assertTrue(new FolderPackFiles(temp.resolve("no-such-folder")).find("media/film.webm").isEmpty());
    }

    @Test
    void findsNoFileBehindALinkThatPointsOutOfThePack() throws IOException {
        Path pack = temp.resolve("pack");
        Files.createDirectories(pack);
        TestPacks.write(temp.resolve("outside/secret.txt"), "secret");
        Files.createSymbolicLink(pack.resolve("media"), temp.resolve("outside"));

        assertTrue(new FolderPackFiles(pack).find("media/secret.txt").isEmpty());
    }

    @Test
    void opensAClassPathResourceButNotItsFolderOrWhatIsAboveIt() throws IOException {
        ClassPathPackFiles files = new ClassPathPackFiles(getClass().getClassLoader(), "samenspraak/packs");

        PackFile schema = files.find("content-pack.schema.json").orElseThrow();

        assertTrue(schema.size() > 0);
        assertTrue(read(schema).contains("\"$schema\""));
        assertTrue(files.find("builtin").isEmpty(), "a folder is no file");
        assertTrue(files.find("../packs/content-pack.schema.json").isEmpty());
        assertTrue(files.find("bestaat-niet.json").isEmpty());
    }

    @Test
    void opensAResourceInAJarButNotAFolderEntry() throws IOException {
        Path jar = temp.resolve("packs.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("packs/school/media/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("packs/school/media/film.webm"));
            out.write("film in jar".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            ClassPathPackFiles files = new ClassPathPackFiles(loader, "/packs/school/");

            PackFile film = files.find("media/film.webm").orElseThrow();

            assertEquals("film in jar", read(film));
            assertEquals(11, film.size());
            assertTrue(files.find("media").isEmpty());
        }
    }

    private static String read(PackFile file) throws IOException {
        try (InputStream in = file.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
