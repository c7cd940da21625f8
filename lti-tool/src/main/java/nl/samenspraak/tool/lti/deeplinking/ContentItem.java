package nl.samenspraak.tool.lti.deeplinking;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspraak.tool.lti.launch.LinkCustom;

/**
 * One assignment the trainer chose, with its settings, as an {@code ltiResourceLink} content item (Deep Linking
 * 2.0, section 3.1): the tool's registered launch URL, the assignment and settings in {@code custom}, a line
 * item so that the platform makes a grade column, and the due date as the submission window's end.
 */
public record ContentItem(String assignmentId, String title, double scoreMaximum, boolean needsApproval,
                          Optional<Instant> dueAt) {

    /** The line item's tag: what the tool's own columns have in common. */
    static final String TAG = "samenspraak";

    public ContentItem {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** What the link will carry in its custom parameters. */
    public LinkCustom custom() {
        return new LinkCustom(Optional.of(assignmentId), Optional.of(scoreMaximum), Optional.of(needsApproval), dueAt);
    }

    /** The item as the response's JSON object. */
    public Map<String, Object> toJSONObject(URI launchUrl) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", title);
        item.put("url", launchUrl.toString());
        item.put("custom", custom().toCustom());
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", scoreMaximum);
        lineItem.put("label", title);
        lineItem.put("resourceId", assignmentId);
        lineItem.put("tag", TAG);
        item.put("lineItem", lineItem);
        dueAt.ifPresent(due -> item.put("submission", Map.of("endDateTime", due.toString())));
        return item;
    }
}
