package nl.samenspraak.program.content.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A readable file of a pack, such as a video or caption file.
 *
 * @param path the normalised path relative to the pack's folder
 * @param size the size in bytes, or -1 when the class path cannot tell
 */
public record PackFile(String path, long size, Opener opener) {

    /** Opens the file's content; each call gives a new stream that the caller closes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public PackFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(opener, "opener");
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
