package nl.samenspraak.program.content;

import java.net.URI;
import java.util.Objects;

/** Where the film of a video assignment comes from. */
public sealed interface VideoSource {

    /** A WebM or MP4 file shipped in a pack; {@code mimeType} is {@code video/webm} or {@code video/mp4}. */
    record PackFile(PackFileRef file, String mimeType) implements VideoSource {
        public PackFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mimeType, "mimeType");
        }
    }

    /** A WebM or MP4 file at an https address, played in Samenspraak's own player. */
    record Url(URI url, String mimeType) implements VideoSource {
        public Url {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(mimeType, "mimeType");
        }
    }

    /** An external player page, shown in an iframe; Samenspraak cannot see what is watched there. */
    record Embed(URI url) implements VideoSource {
        public Embed {
            Objects.requireNonNull(url, "url");
        }
    }
}
