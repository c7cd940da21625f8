package nl.samenspraak.tool.lti.deeplinking;

import java.time.Instant;
import java.util.Optional;

/** The kept deep-linking requests. */
public interface DeepLinkingRequests {

    /** A request by its id, answered or not, while it has not expired. */
    Optional<DeepLinkingRequest> find(String id, Instant now);

    /** Marks the request answered; false when it was answered already (a second answer is refused). */
    boolean answer(String id, Instant now);
}
