package nl.samenspraak.tool.lti.keys;

import java.time.Instant;
import java.util.List;

/** The stored key pairs of the tool. */
public interface ToolKeys {

    List<ToolKey> all();

    /**
     * Replaces the key set in one transaction: {@code changed} keys are updated or added, keys retired
     * before {@code dropRetiredBefore} are deleted.
     */
    void save(List<ToolKey> changed, Instant dropRetiredBefore);
}
