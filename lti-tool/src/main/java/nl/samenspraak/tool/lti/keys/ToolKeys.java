package nl.samenspraak.tool.lti.keys;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The stored key pairs of the tool. */
public interface ToolKeys {

    List<ToolKey> all();

    /**
     * Changes the key set in one transaction that no other server sharing the database runs at the same
     * time: {@code change} gets the stored keys and returns those to update or add; keys retired before
     * {@code dropRetiredBefore} are deleted.
     *
     * @return the keys {@code change} returned
     */
    List<ToolKey> change(Function<List<ToolKey>, List<ToolKey>> change, Instant dropRetiredBefore);
}
