package nl.samenspraak.tool.lti.grades;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.tool.lti.token.TokenEndpoint;

/**
 * A claimed score with everything needed to send it, read in one query for the whole batch.
 *
 * @param lineItem the line item the launch named, or the one found or created earlier
 * @param lineItems the link's line-item container, to find or create one in
 * @param linkKey the platform's resource_link_id
 * @param dueAt the due date the link was deep-linked with: a created line item's endDateTime
 */
public record OutboxItem(long id, long resourceLinkId, long userId, int attempts, StateChange change, Score score,
                         TokenEndpoint endpoint, AgsScopes scopes, Optional<URI> lineItem, Optional<URI> lineItems,
                         String linkKey, String linkTitle, String assignmentId, Optional<Instant> dueAt) {

    public OutboxItem {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(lineItem, "lineItem");
        Objects.requireNonNull(lineItems, "lineItems");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
