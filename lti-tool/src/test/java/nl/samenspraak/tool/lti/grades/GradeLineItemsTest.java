package nl.samenspraak.tool.lti.grades;

import static nl.samenspraak.tool.it.platform.PlatformGradebook.LINE_ITEM_READ_ONLY_SCOPE;
import static nl.samenspraak.tool.it.platform.PlatformGradebook.SCORE_SCOPE;
import static nl.samenspraak.tool.lti.grades.GradesFixture.COMPLETED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.IN_PROGRESS;
import static nl.samenspraak.tool.lti.grades.GradesFixture.NOT_STARTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.SUBMITTED;
import static nl.samenspraak.tool.lti.grades.GradesFixture.fast;
import static nl.samenspraak.tool.lti.grades.GradesFixture.scopes;
import static nl.samenspraak.tool.lti.grades.GradesFixture.untilTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.platform.PlatformGradebook;
import nl.samenspraak.tool.it.platform.PlatformGradebook.Flavour;
import nl.samenspraak.tool.it.platform.PlatformGradebook.ReceivedScore;
import org.junit.jupiter.api.Test;

/**
 * Where a score goes: the line item found by the link across the container's pages (and remembered), made
 * when the platform has none (with a deep-linked maximum, title and due date), and no score without the
 * grade service or the scopes it needs.
 */
class GradeLineItemsTest extends GradesOnEmbeddedDatabase {

    @Test
    void theLineItemIsFoundByTheLinkAcrossPagesAndRemembered() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.gradebook.pageSize(1);
        f.gradebook.addLineItem("Other", "link-0");
        f.gradebook.addLineItem("Also other", null);
        URI mine = f.gradebook.addLineItem("Mine", "link-1");
        f.link("link-1", ALL, null, true);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, NOT_STARTED, IN_PROGRESS);
        worker.drain();
        f.change(teacher, IN_PROGRESS, COMPLETED);
        worker.drain();

        assertEquals(3, f.gradebook.lineItems().size(), "none created");
        assertEquals(List.of(PlatformGradebook.number(mine), PlatformGradebook.number(mine)),
                f.gradebook.received().stream().map(ReceivedScore::lineItem).toList());
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void aLineItemIsCreatedWhenThePlatformHasNone() {
        GradesFixture f = fixture(Flavour.BRIGHTSPACE);
        f.link("link-1", ALL, null, true);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, SUBMITTED, COMPLETED);
        worker.drain();

        Map<String, Object> created = f.gradebook.lineItems().values().iterator().next();
        assertEquals("link-1", created.get("resourceLinkId"));
        assertEquals(f.assignmentId, created.get("resourceId"));
        assertEquals(LineItem.TAG, created.get("tag"));
        assertEquals(100.0, ((Number) created.get("scoreMaximum")).doubleValue());
        assertEquals(1, f.gradebook.received().size());
        assertEquals(List.of(), f.gradebook.problems(), "Brightspace's own token audience was used");
    }

    @Test
    void aDeepLinkedMaximumTitleAndDueDateMakeTheLineItemAndScaleTheScores() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.deepLinked("link-1", ALL, "Gesprek met ouders", 20, Instant.parse("2027-01-31T16:00:00Z"));
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, IN_PROGRESS, SUBMITTED);
        untilTrue(worker, () -> f.gradebook.received().size() == 1);
        f.change(teacher, SUBMITTED, COMPLETED);
        untilTrue(worker, () -> f.gradebook.received().size() == 2);

        Map<String, Object> created = f.gradebook.lineItems().values().iterator().next();
        assertEquals("Gesprek met ouders", created.get("label"));
        assertEquals(20.0, ((Number) created.get("scoreMaximum")).doubleValue());
        assertEquals("2027-01-31T16:00:00.000Z", created.get("endDateTime"));
        List<ReceivedScore> scores = f.gradebook.received();
        assertEquals(List.of(16.0, 20.0), scores.stream().map(ReceivedScore::scoreGiven).toList());
        assertTrue(scores.stream().allMatch(s -> s.scoreMaximum() == 20), "scored on the deep-linked maximum");
        assertEquals(20.0, f.gradebook.grade(PlatformGradebook.number(URI.create((String) created.get("id"))),
                "user-1"));
        assertEquals(List.of(), f.gradebook.problems());
    }

    @Test
    void withOnlyTheReadOnlyScopeAndNoLineItemTheScoreIsParkedWithTheReason() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.gradebook.grantScopes(java.util.Set.of(SCORE_SCOPE, LINE_ITEM_READ_ONLY_SCOPE));
        f.link("link-1", scopes(SCORE_SCOPE, LINE_ITEM_READ_ONLY_SCOPE), null, true);
        long teacher = f.teacher("user-1", "nl");
        OutboxWorker worker = f.worker("w1", fast(5));

        f.change(teacher, SUBMITTED, COMPLETED);
        worker.drain();

        assertEquals(List.of("PARKED"), f.statuses(teacher));
        assertTrue(f.outbox.parked().get(0).reason().contains("read-only line-item scope"));
        assertEquals(List.of(), f.gradebook.problems(), "asked only for granted scopes");
    }

    @Test
    void aLinkWithoutGradeServiceOrScoreScopeGetsNoScores() {
        GradesFixture f = fixture(Flavour.MOODLE);
        f.link("no-ags", null, null, false);
        f.link("read-only", scopes(LINE_ITEM_READ_ONLY_SCOPE), null, true);
        long teacher = f.teacher("user-1", "nl");

        f.change(teacher, SUBMITTED, COMPLETED);

        assertEquals(List.of(), f.statuses(teacher));
    }
}
