package nl.samenspraak.program.content.pack;

/**
 * A viewing question pauses the video before its end: {@code at} (and each time in a {@code videoSources}
 * entry's {@code questionTimes}) is less than the film's {@code durationSeconds}. The schema already keeps
 * times above 0.
 */
final class VideoTimeRule implements PackRule {

    @Override
    public void check(PackNode pack, PackFiles files, Findings findings) {
        for (PackNode assignment : PackTree.assignmentsOfType(pack, "video")) {
            double duration = assignment.get("video").json().path("durationSeconds").asDouble();
            for (PackNode question : assignment.get("viewingQuestions").items()) {
                if (question.has("at")) {
                    checkTime(question.get("at"), duration, findings);
                }
            }
        }
        for (PackNode entry : PackTree.videoSources(pack)) {
            double duration = entry.json().path("durationSeconds").asDouble();
            for (PackNode time : entry.get("questionTimes").fields().values()) {
                checkTime(time, duration, findings);
            }
        }
    }

    private static void checkTime(PackNode time, double duration, Findings findings) {
        double seconds = time.json().asDouble();
        if (seconds >= duration) {
            findings.report(time, "The question would pause the video at " + number(seconds)
                    + " s, but the video lasts " + number(duration) + " s; the time must be less than the duration.");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
