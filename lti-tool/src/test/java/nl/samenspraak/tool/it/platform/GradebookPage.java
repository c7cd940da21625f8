package nl.samenspraak.tool.it.platform;

import java.util.Locale;
import java.util.Map;

/** The grade book as a teacher of the platform sees it: every score received, with the grade kept now. */
final class GradebookPage {

    private final GradebookScores scores;
    private final GradebookLineItems lineItems;

    GradebookPage(GradebookScores scores, GradebookLineItems lineItems) {
        this.scores = scores;
        this.lineItems = lineItems;
    }

    String html() {
        StringBuilder rows = new StringBuilder();
        for (PlatformGradebook.ReceivedScore score : scores.received()) {
            Map<String, Object> item = lineItems.get(score.lineItem());
            Double kept = scores.grade(score.lineItem(), score.userId());
            rows.append("<tr><th scope=\"row\">").append(escape(String.valueOf(item.get("label")))).append("</th><td>")
                    .append(escape(score.userId())).append("</td><td>").append(score.activityProgress()).append("</td><td>")
                    .append(score.gradingProgress()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.0f", score.scoreGiven())).append("</td><td class=\"grade\">")
                    .append(kept == null ? "–" : String.format(Locale.ROOT, "%.0f", kept))
                    .append("</td></tr>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Gradebook</title>"
                + "</head><body><main><h1>Emulated gradebook</h1><table id=\"gradebook\"><caption>Scores received,"
                + " oldest first, each with the grade the gradebook keeps for that user now</caption><thead><tr>"
                + "<th scope=\"col\">Grade item</th>"
                + "<th scope=\"col\">User</th><th scope=\"col\">Activity</th><th scope=\"col\">Grading</th>"
                + "<th scope=\"col\">Score sent</th><th scope=\"col\">Grade kept now</th></tr></thead><tbody>" + rows
                + "</tbody></table></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
