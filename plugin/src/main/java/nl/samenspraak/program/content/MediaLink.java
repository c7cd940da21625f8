package nl.samenspraak.program.content;

import java.net.URI;
import java.util.Objects;

/** Where a caption file or document is: in the pack, or at an https address. */
public sealed interface MediaLink {

    record InPack(PackFileRef file) implements MediaLink {
        public InPack {
            Objects.requireNonNull(file, "file");
        }
    }

    record Web(URI url) implements MediaLink {
        public Web {
            Objects.requireNonNull(url, "url");
        }
    }
}
