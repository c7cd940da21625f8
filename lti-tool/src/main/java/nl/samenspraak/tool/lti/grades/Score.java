package nl.samenspraak.tool.lti.grades;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The score message (Assignment and Grade Services 2.0, section 3.4): posted to a line item's
 * {@code /scores} as {@value #MEDIA_TYPE}. scoreGiven always travels with scoreMaximum, a 0 as 0.
 *
 * @param userId the platform's user id: the {@code sub} of the user's launches
 */
public record Score(String userId, double scoreGiven, double scoreMaximum, String activityProgress,
                    String gradingProgress, Instant timestamp, String comment) {

    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    /** Canvas makes a new submission per score unless told not to. */
    static final String CANVAS_SUBMISSION = "https://canvas.instructure.com/lti/submission";
    /** ISO 8601 with milliseconds and an offset, as the specification's examples and Moodle's parser expect. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    public Score {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(comment, "comment");
    }

    public Map<String, Object> toJSONObject() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", userId);
        json.put("scoreGiven", scoreGiven);
        json.put("scoreMaximum", scoreMaximum);
        json.put("activityProgress", activityProgress);
        json.put("gradingProgress", gradingProgress);
        json.put("timestamp", TIMESTAMP.format(timestamp));
        json.put("comment", comment);
        json.put(CANVAS_SUBMISSION, Map.of("new_submission", false));
        return json;
    }

    public String toJSON() {
        return JSONObjectUtils.toJSONString(toJSONObject());
    }
}
