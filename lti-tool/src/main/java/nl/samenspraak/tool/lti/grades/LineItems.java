package nl.samenspraak.tool.lti.grades;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.tool.lti.http.LinkHeader;

/**
 * The line item a link's scores go to: the launch's {@code lineitem} claim; else the container's item whose
 * resourceLinkId is the link (following the container's {@code Link: rel="next"} pages); else one created
 * when the scopes allow it. Found and created ones are remembered per link.
 */
final class LineItems {

    /** More pages than any course has line items for one link: a platform that loops is stopped here. */
    static final int MAX_PAGES = 50;

    private final GradeOutbox outbox;
    private final Clock clock;

    LineItems(GradeOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws PlatformCallFailedException when the line item cannot be found or made */
    URI resolve(OutboxItem item, AuthorizedCalls calls) {
        if (item.lineItem().isPresent()) {
            return item.lineItem().get();
        }
        URI container = item.lineItems().orElseThrow(() -> new PlatformCallFailedException(
                new SendOutcome.Park("the launch named neither a line item nor a line-item container")));
        if (!item.scopes().allowsReadingLineItems()) {
            throw new PlatformCallFailedException(new SendOutcome.Park("the launch named no line item and the"
                    + " platform granted no line-item scope, so none can be found or created for this link"));
        }
        URI found = find(container, item.linkKey(), calls).orElseGet(() -> create(container, item, calls));
        outbox.rememberLineItem(item.resourceLinkId(), found, clock.instant());
        return found;
    }

    private Optional<URI> find(URI container, String linkKey, AuthorizedCalls calls) {
        URI page = LineItem.containerQuery(container, linkKey);
        for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
            HttpResponse<String> response = calls.send(HttpRequest.newBuilder(page).GET()
                    .header("Accept", LineItem.CONTAINER_MEDIA_TYPE));
            requireSuccess(response, "reading the line items");
            try {
                for (Object element : JSONArrayUtils.parse(response.body())) {
                    if (element instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        LineItem lineItem = LineItem.parse((Map<String, Object>) map);
                        if (lineItem.resourceLinkId().filter(linkKey::equals).isPresent()) {
                            return lineItem.id();
                        }
                    }
                }
            } catch (ParseException e) {
                throw new PlatformCallFailedException(new SendOutcome.Retry("the line-item container is no JSON"
                        + " array of line items: " + e.getMessage(), Optional.empty()));
            }
            page = LinkHeader.parse(response.headers().allValues("Link")).next().orElse(null);
        }
        return Optional.empty();
    }

    private URI create(URI container, OutboxItem item, AuthorizedCalls calls) {
        if (!item.scopes().allowsCreatingLineItems()) {
            throw new PlatformCallFailedException(new SendOutcome.Park("the platform has no line item for this link"
                    + " and granted only the read-only line-item scope, so the tool cannot create one"));
        }
        // The scale the link's scores are sent on (its deep-linked maximum) and its deep-linked due date.
        LineItem wanted = LineItem.forLink(item.linkTitle(), item.linkKey(), item.assignmentId(),
                item.score().scoreMaximum(), item.dueAt());
        HttpResponse<String> response = calls.send(HttpRequest.newBuilder(container)
                .POST(HttpRequest.BodyPublishers.ofString(wanted.toJSON()))
                .header("Content-Type", LineItem.MEDIA_TYPE).header("Accept", LineItem.MEDIA_TYPE));
        requireSuccess(response, "creating the line item");
        try {
            return LineItem.parse(JSONObjectUtils.parse(response.body())).id().orElseThrow();
        } catch (ParseException e) {
            throw new PlatformCallFailedException(new SendOutcome.Retry("the created line item came back without"
                    + " an id: " + e.getMessage(), Optional.empty()));
        }
    }

    private void requireSuccess(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        if (PlatformAnswer.isThrottled(response)) {
            throw new PlatformCallFailedException(new SendOutcome.Retry(PlatformAnswer.describe(what, response),
                    PlatformAnswer.retryAfter(response, clock)));
        }
        if (status >= 500 || status == 408) {
            throw new PlatformCallFailedException(new SendOutcome.Retry(PlatformAnswer.describe(what, response),
                    Optional.empty()));
        }
        // A refused line-item call is the platform's configuration, not a passing fault: an administrator looks.
        throw new PlatformCallFailedException(new SendOutcome.Park(PlatformAnswer.describe(what, response)));
    }
}
