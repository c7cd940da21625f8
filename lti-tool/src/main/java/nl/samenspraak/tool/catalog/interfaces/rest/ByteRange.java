package nl.samenspraak.tool.catalog.interfaces.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110, section 14), which a video player sends to
 * seek. Several ranges in one header are answered with the first only, as the RFC allows.
 */
record ByteRange(long first, long last) {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)(?:,.*)?$");

    long length() {
        return last - first + 1;
    }

    /**
     * The range a header asks for within a file of {@code size} bytes: empty without a (well-formed)
     * header, which means the whole file; an exception when the range lies outside the file.
     */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = RANGE.matcher(header.strip());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (matcher.group(1).isEmpty()) {
                long suffix = Long.parseLong(matcher.group(2));
                if (suffix == 0 || size == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(matcher.group(1));
            long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
            if (first >= size || last < first) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            throw new Unsatisfiable();
        }
    }

    /** The range cannot be served from this file: HTTP 416. */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }
}
