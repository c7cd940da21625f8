package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static nl.samenspraak.tool.it.WorkRefusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The peer-coaching API over HTTP, on both servers, with the emulator's launches. Each test has a course of
 * its own with learners in it, and a second course on the same platform whose learners must stay out of
 * reach; the course's trainer takes no part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerCoachingApiIT {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void theColleaguesAreTheOtherLearnersOfTheCourseOnly() {
        WorkClient anna = learner("anna-colleagues", "Anna", "course-colleagues");
        learner("bram-colleagues", "Bram", "course-colleagues");
        platform.launch("nameless-colleagues", claims -> claims.withoutPersonalData()
                .member(LaunchClaims.CONTEXT, "id", "course-colleagues"));
        trainer("trainer-colleagues", "course-colleagues");
        learner("els-colleagues", "Els", "course-colleagues-elsewhere");

        JsonNode state = ok(anna.get(BASE)).path("peerCoaching");

        assertEquals(2, state.path("colleagues").size(), state.toString());
        assertEquals("Bram", state.at("/colleagues/0/name").asText());
        assertTrue(state.at("/colleagues/1/name").isNull(), "the platform sent no name: the page says so");
        assertTrue(state.at("/colleagues/0/available").asBoolean());
        assertEquals(1, state.path("give").asInt());
        assertEquals(1, state.path("receive").asInt());
        assertEquals(1, state.path("maxPartners").asInt());
        assertEquals("Europe/Amsterdam", state.path("timeZone").asText());
        assertEquals(2000, state.at("/limits/feedback").asInt());
        assertEquals(0, state.path("partners").size());
        assertEquals(state, anna.assignment(PEER).path("peerCoaching"), "the assignment's page gets the same");
    }

    @Test
    void onlyLearnersOfTheSessionsCourseTakePart() {
        WorkClient anna = learner("anna-part", "Anna", "course-part");
        WorkClient trainer = trainer("trainer-part", "course-part");
        WorkClient withoutCourse = platform.launch("anna-part-no-course", claims -> claims.remove(LaunchClaims.CONTEXT));

        assertProblem(trainer.get(BASE), 403);
        assertFalse(trainer.assignment(PEER).has("peerCoaching"), "a trainer sees the assignment, without taking part");
        assertProblem(withoutCourse.get(BASE), 403);
        assertProblem(withoutCourse.post(BASE + "/invitations", json("userId", 1)), 403);
        assertFalse(withoutCourse.assignment(PEER).has("peerCoaching"));
        assertProblem(anna.get("/api/assignments/klavertje-vier/peer-coaching"), 404);
        assertProblem(anna.get("/api/assignments/bestaat-niet/peer-coaching"), 404);
    }

    @Test
    void aPairIsMadeBothWaysWithinTheQuotaAndEndedByEither() {
        WorkClient anna = learner("anna-pair", "Anna", "course-pair");
        WorkClient bram = learner("bram-pair", "Bram", "course-pair");
        WorkClient carla = learner("carla-pair", "Carla", "course-pair");
        long bramId = colleague(anna, "Bram");

        JsonNode chosen = CoachingPairs.pair(BASE, anna, bramId, bram).path("peerCoaching");
        assertEquals("Bram", chosen.at("/partners/0/name").asText());
        assertTrue(chosen.at("/partners/0/chosenByMe").asBoolean());
        assertEquals("open", chosen.at("/partners/0/given/state").asText());
        assertFalse(chosen.path("canChoose").asBoolean(), "one partner is all the quota asks");
        JsonNode bramsView = ok(bram.get(BASE)).path("peerCoaching");
        assertEquals("Anna", bramsView.at("/partners/0/name").asText());
        assertFalse(bramsView.at("/partners/0/chosenByMe").asBoolean());
        assertEquals(chosen.at("/partners/0/given/id"), bramsView.at("/partners/0/received/id"));

        long annaId = colleague(carla, "Anna");
        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("userId", bramId)), 409, "userId");
        assertRefused(anna, PEER, () -> bram.post(BASE + "/invitations", json("userId", annaId)), 409, "userId");
        assertRefused(anna, PEER, () -> carla.post(BASE + "/invitations", json("userId", annaId)), 409, "userId");
        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("userId", colleague(anna, "Carla"))), 409, "userId");

        ok(bram.delete(BASE + "/partners/" + annaId));
        assertEquals(0, ok(anna.get(BASE)).at("/peerCoaching/partners").size());
        assertRefused(anna, PEER, () -> anna.delete(BASE + "/partners/" + bramId), 404, "userId");
        CoachingPairs.pair(BASE, carla, annaId, anna);
    }

    @Test
    void anInvitationIsAcceptedDeclinedOrWithdrawnAndOnlyAnAcceptedOneMakesThePair() {
        WorkClient anna = learner("anna-consent", "Anna", "course-consent");
        WorkClient bram = learner("bram-consent", "Bram", "course-consent");
        WorkClient carla = learner("carla-consent", "Carla", "course-consent");
        long bramId = colleague(anna, "Bram");

        JsonNode sent = created(anna.post(BASE + "/invitations", json("userId", bramId))).path("peerCoaching");
        assertEquals(0, sent.path("partners").size(), "no pair before Bram answers");
        assertEquals("open", sent.at("/invitationsSent/0/status").asText());
        assertTrue(sent.at("/colleagues/0/invited").asBoolean());
        long invitationId = sent.at("/invitationsSent/0/id").asLong();
        JsonNode bramsView = ok(bram.get(BASE)).path("peerCoaching");
        assertEquals("Anna", bramsView.at("/invitationsReceived/0/name").asText());
        assertEquals(0, bramsView.path("partners").size());

        String invitation = BASE + "/invitations/" + invitationId;
        assertRefused(anna, PEER, () -> anna.post(invitation + "/accept", null), 403);
        assertRefused(anna, PEER, () -> bram.delete(invitation), 403);
        assertRefused(anna, PEER, () -> carla.post(invitation + "/accept", null), 404, "invitationId");
        assertRefused(anna, PEER, () -> carla.post(invitation + "/decline", null), 404, "invitationId");

        JsonNode declined = ok(bram.post(invitation + "/decline", null)).path("peerCoaching");
        assertEquals(0, declined.path("invitationsReceived").size());
        JsonNode annasView = ok(anna.get(BASE)).path("peerCoaching");
        assertEquals("declined", annasView.at("/invitationsSent/0/status").asText());
        assertEquals(0, annasView.path("partners").size());
        assertRefused(anna, PEER, () -> bram.post(invitation + "/accept", null), 409);

        long carlaId = colleague(anna, "Carla");
        long toCarla = created(anna.post(BASE + "/invitations", json("userId", carlaId))).at("/peerCoaching/invitationsSent")
                .findValues("id").stream().mapToLong(JsonNode::asLong).max().orElseThrow();
        assertFalse(ok(anna.get(BASE)).at("/peerCoaching/canChoose").asBoolean(), "the open invitation holds the place");
        ok(anna.delete(BASE + "/invitations/" + toCarla));
        assertEquals(0, ok(carla.get(BASE)).at("/peerCoaching/invitationsReceived").size());
        assertRefused(anna, PEER, () -> carla.post(BASE + "/invitations/" + toCarla + "/accept", null), 409);

        JsonNode paired = CoachingPairs.pair(BASE, anna, carlaId, carla).path("peerCoaching");
        assertEquals("Carla", paired.at("/partners/0/name").asText());
        assertEquals(1, ok(carla.get(BASE)).at("/peerCoaching/partners").size());
    }

    @Test
    void nobodyOutsideTheCourseCanBeChosenOrReachTheObservations() {
        WorkClient anna = learner("anna-reach", "Anna", "course-reach");
        WorkClient bram = learner("bram-reach", "Bram", "course-reach");
        WorkClient dirk = learner("dirk-reach", "Dirk", "course-reach");
        trainer("tineke-reach", "course-reach");
        WorkClient els = learner("els-reach", "Els", "course-reach-elsewhere");
        // Tineke trains Anna's course and takes part as a learner in Els's.
        learner("tineke-reach", "Tineke", "course-reach-elsewhere");
        long elsId = colleague(learner("emma-reach", "Emma", "course-reach-elsewhere"), "Els");
        long tinekeId = colleague(els, "Tineke");
        long bramId = colleague(anna, "Bram");
        JsonNode pair = CoachingPairs.pair(BASE, anna, bramId, bram).at("/peerCoaching/partners/0");
        String given = BASE + "/observations/" + pair.at("/given/id").asLong();

        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("userId", elsId)), 404, "userId");
        assertRefused(anna, PEER, () -> els.post(BASE + "/invitations", json("userId", bramId)), 404, "userId");
        assertRefused(anna, PEER, () -> dirk.post(BASE + "/invitations", json("userId", tinekeId)), 404, "userId");
        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("userId", 987_654_321)), 404, "userId");
        for (WorkClient stranger : List.of(dirk, els)) {
            assertRefused(anna, PEER, () -> stranger.put(given, form(Map.of(), "Niet van mij", "")), 404, "observationId");
            assertRefused(anna, PEER, () -> stranger.post(given + "/submit", null), 404, "observationId");
            assertRefused(anna, PEER, () -> stranger.put(given + "/planning", json("plannedAt", "2026-12-03T15:30")),
                    404, "observationId");
            assertProblem(stranger.get(given + "/calendar.ics"), 404, "observationId");
            assertRefused(anna, PEER, () -> stranger.delete(BASE + "/partners/" + bramId), 404, "userId");
        }
        assertRefused(anna, PEER, () -> bram.put(given, form(Map.of(), "Over mezelf", "")), 403);
        assertRefused(anna, PEER, () -> bram.post(given + "/submit", null), 403);
    }

    @Test
    void aChoiceThatIsNotOneIsRefused() {
        WorkClient anna = learner("anna-choice", "Anna", "course-choice");
        learner("bram-choice", "Bram", "course-choice");
        long annaId = colleague(learner("carla-choice", "Carla", "course-choice"), "Anna");

        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("userId", annaId)), 400, "userId");
        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", "{}"), 400, "userId");
        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("userId", "Bram")), 400, "userId");
        assertRefused(anna, PEER, () -> anna.post(BASE + "/invitations", json("partner", 1)), 400, "partner");
    }

    @Test
    void eitherPartnerPlansAndGetsTheCalendarFile() {
        WorkClient anna = learner("anna-plan", "Anna de Vries", "course-plan");
        WorkClient bram = learner("bram-plan", "Bram Jansen", "course-plan");
        JsonNode pair = CoachingPairs.pair(BASE, anna, colleague(anna, "Bram Jansen"), bram)
                .at("/peerCoaching/partners/0");
        String bramObservesAnna = BASE + "/observations/" + pair.at("/received/id").asLong();
        assertProblem(anna.get(bramObservesAnna + "/calendar.ics"), 409, "plannedAt");

        JsonNode planned = ok(bram.put(bramObservesAnna + "/planning",
                json("plannedAt", "2027-06-03T08:15", "note", "Lokaal 12"))).path("peerCoaching");
        JsonNode seenByAnna = ok(anna.get(BASE)).at("/peerCoaching/partners/0/received");
        assertEquals("2027-06-03T08:15", seenByAnna.path("plannedAt").asText());
        assertEquals("Lokaal 12", seenByAnna.path("note").asText());
        assertEquals("planned", seenByAnna.path("state").asText());
        assertEquals("2027-06-03T08:15", planned.at("/partners/0/given/plannedAt").asText(), "and Bram, who planned it");

        ToolClient.Answer file = anna.get(bramObservesAnna + "/calendar.ics?lang=en");
        assertEquals(200, file.status(), file.body());
        assertTrue(file.contentType().startsWith("text/calendar"), file.contentType());
        assertEquals("attachment; filename=\"observation-2027-06-03.ics\"",
                file.headers().firstValue("Content-Disposition").orElse(""));
        // Long lines are folded (RFC 5545, 3.1): a line break and a space, which a reader takes away.
        String calendar = file.body().replace("\r\n ", "");
        assertTrue(calendar.contains("DTSTART;TZID=Europe/Amsterdam:20270603T081500\r\n"), calendar);
        assertTrue(calendar.contains("SUMMARY:Observing a parent conversation: Bram Jansen sits in with Anna de Vries\r\n"),
                calendar);
        assertTrue(calendar.contains("LOCATION:Lokaal 12\r\n"), calendar);
        assertTrue(calendar.contains("SEQUENCE:1\r\n"), calendar);
        assertFalse(calendar.contains("@school.example"), "no e-mail address: " + calendar);

        assertRefused(anna, PEER, () -> anna.put(bramObservesAnna + "/planning", json("plannedAt", "03-06-2027 08:15")),
                400, "plannedAt");
        JsonNode tooFar = assertRefused(anna, PEER, () -> anna.put(bramObservesAnna + "/planning",
                json("plannedAt", "2040-06-03T08:15")), 400, "plannedAt");
        // the window's ends as the page's date picker offers them, written in the page's language
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        DateTimeFormatter dutch = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nl-NL"));
        assertEquals("Kies een datum van " + today.minusYears(2).format(dutch) + " tot en met "
                + today.plusYears(2).format(dutch) + ".", tooFar.at("/errors/0/message").asText(), tooFar.toString());
        assertEquals(today.plusYears(2).toString(), anna.assignment(PEER).at("/planningWindow/latest").asText());
        assertRefused(anna, PEER, () -> anna.put(bramObservesAnna + "/planning",
                json("plannedAt", "2027-06-03T08:15", "note", "n".repeat(201))), 400, "note");
        assertRefused(anna, PEER, () -> anna.put(bramObservesAnna + "/planning", json("plannedAt", 20270603)),
                400, "plannedAt");
        JsonNode cleared = ok(anna.put(bramObservesAnna + "/planning", json("plannedAt", null, "note", "")))
                .at("/peerCoaching/partners/0/received");
        assertTrue(cleared.path("plannedAt").isNull(), cleared.toString());
        assertEquals("open", cleared.path("state").asText());
    }

    @Test
    void aRescheduledThenCancelledConversationUpdatesTheSameCalendarEventForBothPartners() {
        WorkClient anna = learner("anna-resched", "Anna de Vries", "course-resched");
        WorkClient bram = learner("bram-resched", "Bram Jansen", "course-resched");
        JsonNode pair = CoachingPairs.pair(BASE, anna, colleague(anna, "Bram Jansen"), bram).at("/peerCoaching/partners/0");
        String bramObservesAnna = BASE + "/observations/" + pair.at("/received/id").asLong();
        assertProblem(anna.post(bramObservesAnna + "/cancel", null), 409, "plannedAt");

        ok(bram.put(bramObservesAnna + "/planning", json("plannedAt", "2027-03-25T15:30", "note", "Lokaal 12",
                "kind", "home-visit", "minutes", 45)));
        String first = anna.get(bramObservesAnna + "/calendar.ics").body().replace("\r\n ", "");
        JsonNode moved = ok(anna.put(bramObservesAnna + "/planning", json("plannedAt", "2027-04-01T09:00",
                "note", "Lokaal 12", "kind", "home-visit", "minutes", 45))).at("/peerCoaching/partners/0/received");
        assertEquals("home-visit", moved.path("kind").asText());
        assertEquals(45, moved.path("minutes").asInt());
        String second = bram.get(bramObservesAnna + "/calendar.ics").body().replace("\r\n ", "");
        assertTrue(second.contains("DTSTART;TZID=Europe/Amsterdam:20270401T090000\r\n"), second);
        assertTrue(second.contains("DURATION:PT45M\r\n"), second);
        assertEquals(uid(first), uid(second), "rescheduled: the same event");
        assertTrue(first.contains("SEQUENCE:1\r\n") && second.contains("SEQUENCE:2\r\n"), first + second);

        JsonNode cancelled = ok(anna.post(bramObservesAnna + "/cancel", null)).at("/peerCoaching/partners/0/received");
        assertTrue(cancelled.path("cancelled").asBoolean());
        assertTrue(ok(bram.get(BASE)).at("/peerCoaching/partners/0/given/cancelled").asBoolean(), "Bram sees it");
        String third = bram.get(bramObservesAnna + "/calendar.ics").body().replace("\r\n ", "");
        assertTrue(third.contains("METHOD:CANCEL\r\n") && third.contains("STATUS:CANCELLED\r\n")
                && third.contains("SEQUENCE:3\r\n"), third);
        assertEquals(uid(first), uid(third));
        assertProblem(anna.post(bramObservesAnna + "/cancel", null), 409, "plannedAt");

        assertRefused(anna, PEER, () -> anna.put(bramObservesAnna + "/planning",
                json("plannedAt", "2027-04-08T09:00", "kind", "dinner")), 400, "kind");
        assertRefused(anna, PEER, () -> anna.put(bramObservesAnna + "/planning",
                json("plannedAt", "2027-04-08T09:00", "minutes", 500)), 400, "minutes");
    }

    private static String uid(String calendar) {
        return calendar.lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
    }

    @Test
    void theObserverFillsInTheFormAsADraftAndSubmitsItComplete() {
        WorkClient anna = learner("anna-form", "Anna", "course-form");
        WorkClient bram = learner("bram-form", "Bram", "course-form");
        long bramId = colleague(anna, "Bram");
        JsonNode pair = CoachingPairs.pair(BASE, anna, bramId, bram).at("/peerCoaching/partners/0");
        long observationId = pair.at("/given/id").asLong();
        String observation = BASE + "/observations/" + observationId;

        JsonNode saved = ok(anna.put(observation, form(Map.of("ontvangen-welkom-heten", mark("goed", "Bij de deur")),
                "Een warm welkom.", "")));
        assertEquals(observationId, saved.path("observationId").asLong());
        assertTrue(saved.path("savedAt").isTextual());
        assertEquals("in_progress", saved.at("/progress/state").asText(), "a form begun starts the assignment");
        JsonNode draft = ok(anna.get(BASE)).at("/peerCoaching/partners/0/given");
        assertEquals("draft", draft.path("state").asText());
        assertEquals("goed", draft.at("/form/marks/ontvangen-welkom-heten/markId").asText());
        assertEquals("Bij de deur", draft.at("/form/marks/ontvangen-welkom-heten/example").asText());
        JsonNode seenByBram = ok(bram.get(BASE)).at("/peerCoaching/partners/0/received");
        assertEquals("draft", seenByBram.path("state").asText());
        assertTrue(seenByBram.path("form").isNull(), "Bram reads the form only once it is submitted: " + seenByBram);

        assertRefused(anna, PEER, () -> anna.put(observation, form(Map.of("nog-vragen", mark("uitstekend", null)), "", "")),
                400, "marks.nog-vragen.markId");
        assertRefused(anna, PEER, () -> anna.put(observation, form(Map.of("bestaat-niet", mark("goed", null)), "", "")),
                400, "marks.bestaat-niet");
        assertRefused(anna, PEER, () -> anna.put(observation, form(Map.of(), "c".repeat(2001), "t".repeat(2001))),
                400, "compliment", "tip");
        assertRefused(anna, PEER, () -> anna.put(observation, "{\"marks\": [\"goed\"]}"), 400, "marks");
        assertRefused(anna, PEER, () -> anna.put(BASE + "/observations/987654321", form(Map.of(), "", "")),
                404, "observationId");
        List<String> missing = new ArrayList<>();
        anna.assignment(PEER).at("/assignment/observationForm/phases").forEach(phase -> phase.path("behaviours")
                .forEach(behaviour -> missing.add("marks." + behaviour.path("id").asText())));
        missing.remove("marks.ontvangen-welkom-heten");
        missing.add("tip");
        assertRefused(anna, PEER, () -> anna.post(observation + "/submit", null), 409, missing.toArray(String[]::new));
        assertEquals(18 + 1, missing.size(), "every behaviour but the one marked, and the tip");

        ok(anna.put(observation, completeForm(anna)));
        JsonNode submitted = ok(anna.post(observation + "/submit", null)).at("/peerCoaching/partners/0");
        assertEquals("submitted", submitted.at("/given/state").asText());
        assertFalse(submitted.path("canEnd").asBoolean());
        JsonNode read = ok(bram.get(BASE)).at("/peerCoaching/partners/0/received");
        assertEquals("submitted", read.path("state").asText());
        assertEquals("Je nam de ouders echt serieus.", read.at("/form/compliment").asText());
        assertEquals(19, read.at("/form/marks").size());

        assertRefused(anna, PEER, () -> anna.put(observation, completeForm(anna)), 409);
        assertRefused(anna, PEER, () -> anna.post(observation + "/submit", null), 409);
        assertRefused(anna, PEER, () -> bram.put(observation + "/planning", json("plannedAt", "2026-12-03T15:30")), 409);
        assertRefused(anna, PEER, () -> anna.delete(BASE + "/partners/" + bramId), 409);
        assertRefused(anna, PEER, () -> bram.delete(BASE + "/partners/" + colleague(bram, "Anna")), 409);
    }

    @Test
    void theReflectionIsSubmittedOnceBothGaveAndReceivedAndTheTrainerSeesIt() {
        WorkClient anna = learner("anna-progress", "Anna", "course-progress");
        WorkClient bram = learner("bram-progress", "Bram", "course-progress");
        WorkClient trainer = trainer("trainer-progress", "course-progress");
        anna.answerEveryQuestion(PEER);
        assertRefused(anna, PEER, () -> anna.post("/api/assignments/" + PEER + "/submit", null), 409, "partners");

        JsonNode pair = CoachingPairs.pair(BASE, anna, colleague(anna, "Bram"), bram)
                .at("/peerCoaching/partners/0");
        String annasObservation = BASE + "/observations/" + pair.at("/given/id").asLong();
        String bramsObservation = BASE + "/observations/" + pair.at("/received/id").asLong();
        assertRefused(anna, PEER, () -> anna.post("/api/assignments/" + PEER + "/submit", null), 409,
                "observations." + pair.at("/given/id").asLong(), "observations." + pair.at("/received/id").asLong());

        ok(anna.put(annasObservation, completeForm(anna)));
        ok(anna.post(annasObservation + "/submit", null));
        JsonNode waiting = assertRefused(anna, PEER, () -> anna.post("/api/assignments/" + PEER + "/submit", null), 409,
                "observations." + pair.at("/received/id").asLong());
        assertTrue(waiting.toString().contains("Bram heeft jou nog niet geobserveerd"), waiting.toString());
        assertEquals("not_started", bram.assignment(PEER).at("/progress/state").asText());
        assertEquals("in_progress", standing(trainer, "Anna"));

        ok(bram.put(bramsObservation, completeForm(bram)));
        assertRefused(anna, PEER, () -> anna.post("/api/assignments/" + PEER + "/submit", null), 409,
                "observations." + pair.at("/received/id").asLong());
        ok(bram.post(bramsObservation + "/submit", null));
        assertEquals("completed", ok(anna.post("/api/assignments/" + PEER + "/submit", null)).at("/progress/state").asText());
        bram.answerEveryQuestion(PEER);
        assertEquals("completed", ok(bram.post("/api/assignments/" + PEER + "/submit", null)).at("/progress/state").asText());
        assertEquals("completed", standing(trainer, "Anna"));
        assertEquals("completed", standing(trainer, "Bram"));
    }

    private WorkClient learner(String subject, String name, String courseId) {
        return platform.launch(subject, claims -> claims.set("name", name).member(LaunchClaims.CONTEXT, "id", courseId));
    }

    private WorkClient trainer(String subject, String courseId) {
        return platform.launch(subject, claims -> claims.roles(LaunchClaims.INSTRUCTOR)
                .member(LaunchClaims.CONTEXT, "id", courseId));
    }

    /** The user id of a colleague of this name, as the teacher's list shows it. */
    private static long colleague(WorkClient teacher, String name) {
        for (JsonNode colleague : ok(teacher.get(BASE)).at("/peerCoaching/colleagues")) {
            if (colleague.path("name").asText().equals(name)) {
                return colleague.path("userId").asLong();
            }
        }
        throw new AssertionError("No colleague " + name);
    }

    /** The state of the peer-coaching assignment of the learner of this name in the trainer's matrix. */
    private static String standing(WorkClient trainer, String name) {
        return trainer.member(name).at("/cells/" + PEER + "/state").asText();
    }

    private static Map<String, Object> mark(String markId, String example) {
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("markId", markId);
        mark.put("example", example);
        return mark;
    }

    private static String form(Map<String, Object> marks, String compliment, String tip) {
        return json("marks", marks, "compliment", compliment, "tip", tip);
    }

    /** Every behaviour of the form as the teacher reads it marked, a compliment and a tip. */
    private static String completeForm(WorkClient teacher) {
        Map<String, Object> marks = new LinkedHashMap<>();
        JsonNode observationForm = teacher.assignment(PEER).at("/assignment/observationForm");
        observationForm.path("phases").forEach(phase -> phase.path("behaviours").forEach(behaviour ->
                marks.put(behaviour.path("id").asText(), mark("voldoende", null))));
        return form(marks, "Je nam de ouders echt serieus.", "Vat aan het eind samen wat jullie afspraken.");
    }
}
