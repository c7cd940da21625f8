package nl.samenspraak.program.content.pack;

import java.util.Optional;

/**
 * A path inside a pack's folder: forward slashes, no empty, {@code .} or {@code ..} segments, not absolute,
 * no drive letters or URL schemes. Checking the text itself (instead of only normalising) keeps the
 * rule the same for files on disk and resources on the class path.
 */
record RelativePackPath(String value) {

    static Optional<RelativePackPath> parse(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(new RelativePackPath(path));
    }
}
