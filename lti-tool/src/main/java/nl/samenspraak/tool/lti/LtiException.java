package nl.samenspraak.tool.lti;

import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;

/**
 * A refused LTI request. The message is for the log, in the specification's wording, and never holds a
 * token or secret; {@link #error()} names the page texts that tell the person in the browser what failed
 * and what an administrator should check, filled in with {@link #arguments()}.
 */
public abstract class LtiException extends RuntimeException {

    private final transient List<String> arguments;

    protected LtiException(LtiError error, List<String> arguments) {
        super(MessageFormat.format(error.specWording(), arguments.toArray()), null, false, false);
        this.arguments = List.copyOf(arguments);
    }

    public abstract LtiError error();

    public List<String> arguments() {
        return arguments;
    }

    /** One kind of refusal: its HTTP status, its key in the page texts and its wording for the log. */
    public interface LtiError {
        Response.Status status();

        /** The key of the page texts, {@code <key>.title} and {@code <key>.hint}. */
        String textKey();

        /** English, with {@code {0}}-style places for the arguments. */
        String specWording();
    }
}
