package nl.samenspraak.program.content.pack;

import java.util.Optional;

/**
 * The files of one pack, found by a path relative to the pack file. A path that could leave the pack's
 * folder ({@code ..}, an absolute path, a drive letter, a link pointing outside) is never resolved, so a
 * pack cannot make Samenspraak serve arbitrary files.
 */
public interface PackFiles {

    /** The file at this relative path; empty when it does not exist, is not a regular file or leaves the pack. */
    Optional<PackFile> find(String relativePath);
}
