package nl.samenspraak.tool.demo;

import java.time.Instant;
import java.util.Optional;

/** Where the demo platform keeps its keys. */
public interface DemoPlatformKeys {

    Optional<DemoKeys> find();

    /** Stores the keys unless there are keys already (another server may have been first); returns the stored ones. */
    DemoKeys addIfAbsent(DemoKeys keys, Instant now);

    /** Forgets the keys; whether there were any. */
    boolean remove();
}
