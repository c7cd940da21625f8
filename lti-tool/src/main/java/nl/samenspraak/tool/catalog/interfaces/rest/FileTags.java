package nl.samenspraak.tool.catalog.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspraak.program.content.pack.PackFile;

/**
 * The strong entity tag of a pack file: a hash of its content, so a browser that kept a film or its
 * captions can ask "still this one?" and get 304 instead of the whole file again. Each file is hashed
 * once; the key holds the size so that a file replaced in a school's pack folder gets a new tag.
 */
final class FileTags {

    private final Map<String, EntityTag> tags = new ConcurrentHashMap<>();

    EntityTag of(String packId, PackFile file) {
        return tags.computeIfAbsent(packId + "/" + file.path() + "#" + file.size(), key -> hash(file));
    }

    private static EntityTag hash(PackFile file) {
        try (InputStream in = file.open()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            // 128 bits of the hash are plenty to tell versions of one file apart
            byte[] digest = sha256.digest();
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
