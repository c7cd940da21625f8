package nl.samenspraak.program.content.pack;

import java.util.Objects;

/**
 * Why a pack was rejected, for the people who write packs.
 *
 * @param file     the pack file, relative to the packs folder, or the class path resource of the built-in pack
 * @param jsonPath where in the file, like {@code $.modules[1].assignments[0].questions[2].maxLength};
 *                 {@code $} for the file as a whole
 * @param message  what is wrong, in plain words
 */
public record PackProblem(String file, String jsonPath, String message) {

    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + " " + jsonPath + ": " + message;
    }
}
