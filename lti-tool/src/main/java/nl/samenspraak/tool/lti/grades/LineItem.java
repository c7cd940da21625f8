package nl.samenspraak.tool.lti.grades;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A line item (Assignment and Grade Services 2.0, section 3.2), as read from a container or created by the
 * tool: {@code resourceId} is the assignment's id and {@code tag} says the tool made it.
 *
 * @param id the line item's URL; empty in an item not created yet
 * @param endDateTime the due date, sent when the link was deep-linked with one
 */
public record LineItem(Optional<URI> id, String label, double scoreMaximum, Optional<String> resourceLinkId,
                       Optional<String> resourceId, Optional<String> tag, Optional<Instant> endDateTime) {

    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    /** The tag of the line items the tool creates. */
    public static final String TAG = "samenspraak";
    /** ISO 8601 with an offset, as the specification's examples write endDateTime. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    public LineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(endDateTime, "endDateTime");
    }

    /**
     * A line item to create for a link and assignment, on the scale of the link's scores and due when the
     * link is (the settings it was deep-linked with).
     */
    public static LineItem forLink(String label, String resourceLinkId, String assignmentId, double scoreMaximum,
                                   Optional<Instant> dueAt) {
        return new LineItem(Optional.empty(), label, scoreMaximum, Optional.of(resourceLinkId),
                Optional.of(assignmentId), Optional.of(TAG), dueAt);
    }

    /** @throws ParseException when the object is no line item (no id, label or scoreMaximum) */
    public static LineItem parse(Map<String, Object> json) throws ParseException {
        String id = JSONObjectUtils.getString(json, "id");
        if (id == null) {
            throw new ParseException("A line item without id", 0);
        }
        Object maximum = json.get("scoreMaximum");
        return new LineItem(Optional.of(URI.create(id)),
                Optional.ofNullable(JSONObjectUtils.getString(json, "label")).orElse(""),
                maximum instanceof Number number ? number.doubleValue() : ScoreRules.SCORE_MAXIMUM,
                Optional.ofNullable(JSONObjectUtils.getString(json, "resourceLinkId")),
                Optional.ofNullable(JSONObjectUtils.getString(json, "resourceId")),
                Optional.ofNullable(JSONObjectUtils.getString(json, "tag")),
                Optional.ofNullable(JSONObjectUtils.getString(json, "endDateTime")).flatMap(LineItem::dateTime));
    }

    public String toJSON() {
        Map<String, Object> json = new LinkedHashMap<>();
        id.ifPresent(uri -> json.put("id", uri.toString()));
        json.put("label", label);
        json.put("scoreMaximum", scoreMaximum);
        resourceLinkId.ifPresent(value -> json.put("resourceLinkId", value));
        resourceId.ifPresent(value -> json.put("resourceId", value));
        tag.ifPresent(value -> json.put("tag", value));
        endDateTime.ifPresent(value -> json.put("endDateTime", DATE_TIME.format(value)));
        return JSONObjectUtils.toJSONString(json);
    }

    /** A platform's endDateTime that is no ISO 8601 date-time with an offset is treated as not set. */
    private static Optional<Instant> dateTime(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The line item's scores endpoint: {@code /scores} appended to the path, before any query (Moodle's line
     * item URLs end in {@code ?type_id=N}).
     */
    public static URI scoresUrl(URI lineItem) {
        String text = lineItem.toString();
        int query = text.indexOf('?');
        String path = query < 0 ? text : text.substring(0, query);
        String rest = query < 0 ? "" : text.substring(query);
        return URI.create((path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores" + rest);
    }

    /** The container URL asking for the link's line items: {@code resource_link_id} added to any query. */
    public static URI containerQuery(URI lineItems, String resourceLinkId) {
        String text = lineItems.toString();
        int fragment = text.indexOf('#');
        String base = fragment < 0 ? text : text.substring(0, fragment);
        return URI.create(base + (base.contains("?") ? "&" : "?") + "resource_link_id="
                + URLEncoder.encode(resourceLinkId, StandardCharsets.UTF_8));
    }
}
