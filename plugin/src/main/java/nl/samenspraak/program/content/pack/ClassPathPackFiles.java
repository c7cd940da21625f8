package nl.samenspraak.program.content.pack;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The files of a pack shipped on the class path, under a resource folder such as {@code samenspraak/packs/builtin}. */
public final class ClassPathPackFiles implements PackFiles {

    private final ClassLoader classLoader;
    private final String folder;

    public ClassPathPackFiles(ClassLoader classLoader, String folder) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.folder = Objects.requireNonNull(folder, "folder").replaceAll("^/+|/+$", "");
    }

    @Override
    public Optional<PackFile> find(String relativePath) {
        return RelativePackPath.parse(relativePath).flatMap(this::resolve);
    }

    private Optional<PackFile> resolve(RelativePackPath path) {
        URL url = classLoader.getResource(folder + "/" + path.value());
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (!isRegularFile(url, connection)) {
                return Optional.empty();
            }
            return Optional.of(new PackFile(path.value(), connection.getContentLengthLong(),
                    () -> url.openConnection().getInputStream()));
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Class loaders also return folders as resources; those are no pack files. */
    private static boolean isRegularFile(URL url, URLConnection connection) throws IOException, URISyntaxException {
        if (connection instanceof JarURLConnection jar) {
            return jar.getJarEntry() != null && !jar.getJarEntry().isDirectory();
        }
        if ("file".equals(url.getProtocol())) {
            return Files.isRegularFile(Path.of(url.toURI()));
        }
        return true;
    }

    @Override
    public String toString() {
        return "classpath:" + folder;
    }
}
