package nl.samenspraak.tool.lti.grades;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.tool.lti.token.TokenEndpoint;

/**
 * A claimed score with everything needed to send it, read in one query for the whole batch.
 *
 * @param lineItem the line item the launch named, or the one found or created earlier
 * @param lineItems the link's line-item container, to find or create one in
 * @param linkKey the platform's resource_link_id
 */
public record OutboxItem(long id, long resourceLinkId, long userId, int attempts, StateChange change, Score score,
                         TokenEndpoint endpoint, AgsScopes scopes, Optional<URI> lineItem, Optional<URI> lineItems,
                         String linkKey, String linkTitle, String assignmentId) {

    public OutboxItem {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(lineItems, "lineItems");
    }
}
