package nl.samenspraak.tool.lti.launch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a link carries in its custom parameters: the assignment and the settings the trainer chose when
 * deep-linking it. The tool writes them into the deep-linking response and reads them back at every launch,
 * because a platform may keep a link's id while the trainer picks other content (Moodle). Keys are lowercase
 * snake_case and values single-line strings, as Moodle and Canvas keep them.
 *
 * @param scoreMaximum  the maximum score of the link's line item
 * @param needsApproval whether completing the assignment waits for the trainer's approval
 * @param dueAt         the due date shown to the teacher
 */
public record LinkCustom(Optional<String> assignmentId, Optional<Double> scoreMaximum, Optional<Boolean> needsApproval,
                         Optional<Instant> dueAt) {

    public static final String ASSIGNMENT = "assignment";
    public static final String SCORE_MAXIMUM = "score_maximum";
    public static final String NEEDS_APPROVAL = "needs_approval";
    public static final String DUE_AT = "due_at";

    /**
     * Reads the link's settings from a launch's custom claim. A value that does not parse is left out, as if
     * not set: the launch itself is not refused for a trainer's typo in the platform's custom field.
     */
    public static LinkCustom parse(Map<String, String> custom) {
        Optional<String> assignment = Optional.ofNullable(custom.get(ASSIGNMENT)).map(String::strip)
                .filter(id -> !id.isEmpty() && id.length() <= 64);
        Optional<Double> score = Optional.ofNullable(custom.get(SCORE_MAXIMUM)).flatMap(LinkCustom::number);
        Optional<Boolean> approval = Optional.ofNullable(custom.get(NEEDS_APPROVAL)).map(String::strip)
                .filter(value -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))
                .map(Boolean::parseBoolean);
        Optional<Instant> due = Optional.ofNullable(custom.get(DUE_AT)).flatMap(LinkCustom::instant);
        return new LinkCustom(assignment, score, approval, due);
    }

    /** The custom parameters of a deep-linked item, lowercase keys and string values. */
    public Map<String, String> toCustom() {
        Map<String, String> custom = new LinkedHashMap<>();
        assignmentId.ifPresent(id -> custom.put(ASSIGNMENT, id));
        scoreMaximum.ifPresent(score -> custom.put(SCORE_MAXIMUM, BigDecimal.valueOf(score).stripTrailingZeros()
                .toPlainString()));
        needsApproval.ifPresent(approval -> custom.put(NEEDS_APPROVAL, approval.toString()));
        dueAt.ifPresent(due -> custom.put(DUE_AT, due.toString()));
        return custom;
    }

    private static Optional<Double> number(String value) {
        try {
            double number = Double.parseDouble(value.strip());
            return number > 0 && Double.isFinite(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
