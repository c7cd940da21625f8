package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.created;
import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/notices} over HTTP, on both servers: each kind of notice appears when something needs the
 * teacher and disappears once it is handled, and nobody sees another's notices or another course's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesApiIT {

    private static final String READING = "klavertje-vier";
    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String BASE = "/api/assignments/" + PEER + "/peer-coaching";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** A launched user with the ids their session token carries. */
    private record Launched(WorkClient client, long userId, long courseId) {
    }

    @Test
    void anInvitationIsANoticeUntilAcceptedAndAPlannedObservationUntilCancelledOrOutsideTheWeek() {
        Launched anna = learner("anna-notice-peer", "Anna", "course-notice-peer");
        Launched bram = learner("bram-notice-peer", "Bram", "course-notice-peer");
        Launched carla = learner("carla-notice-peer", "Carla", "course-notice-peer");
        assertEquals(0, notices(anna).size(), "nothing needs Anna yet");

        JsonNode sent = created(bram.client().post(BASE + "/invitations", json("userId", anna.userId())));
        long invitationId = sent.at("/peerCoaching/invitationsSent/0/id").asLong();
        JsonNode invitation = only(notices(anna));
        assertEquals("invitation", invitation.path("kind").asText());
        assertEquals(PEER, invitation.path("assignmentId").asText());
        assertEquals("Bram", invitation.path("colleague").asText());
        assertTrue(invitation.path("title").isTextual(), invitation.toString());
        assertEquals(0, notices(bram).size(), "the one who invited waits; nothing needs him");
        assertEquals(0, notices(carla).size(), "a learner sees only their own");

        ok(anna.client().post(BASE + "/invitations/" + invitationId + "/accept", null));
        assertEquals(0, notices(anna).size(), "accepted: the invitation is handled");

        JsonNode pair = ok(anna.client().get(BASE)).at("/peerCoaching/partners/0");
        String bramObservesAnna = BASE + "/observations/" + pair.at("/received/id").asLong();
        LocalDateTime inTwoDays = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(2)
                .truncatedTo(ChronoUnit.HOURS).withHour(10);
        ok(bram.client().put(bramObservesAnna + "/planning", json("plannedAt", inTwoDays.format(MINUTES))));
        JsonNode observed = only(notices(anna));
        assertEquals("observation", observed.path("kind").asText());
        assertEquals("Bram", observed.path("colleague").asText());
        assertFalse(observed.path("observing").asBoolean(), "Bram observes Anna");
        assertTrue(observed.path("at").asText().startsWith(inTwoDays.format(MINUTES) + "+0"),
                "the time as the clock in Amsterdam says it, with its offset: " + observed);
        JsonNode observing = only(notices(bram));
        assertTrue(observing.path("observing").asBoolean(), observing.toString());
        assertEquals("Anna", observing.path("colleague").asText());

        ok(bram.client().put(bramObservesAnna + "/planning", json("plannedAt", inTwoDays.plusDays(8).format(MINUTES))));
        assertEquals(0, notices(anna).size(), "more than seven days ahead");
        ok(bram.client().put(bramObservesAnna + "/planning", json("plannedAt", inTwoDays.minusDays(3).format(MINUTES))));
        assertEquals(0, notices(anna).size(), "past");
        ok(bram.client().put(bramObservesAnna + "/planning", json("plannedAt", inTwoDays.format(MINUTES))));
        assertEquals(1, notices(anna).size());
        ok(anna.client().post(bramObservesAnna + "/cancel", null));
        assertEquals(0, notices(anna).size(), "cancelled");
        assertEquals(0, notices(bram).size(), "cancelled for both");
    }

    @Test
    void feedbackIsANoticeUntilReadAndReturnedWorkUntilSubmittedAgain() {
        Launched trainer = trainer("trainer-notice-review", "course-notice-review");
        ok(trainer.client().put(course(trainer) + "/assignments/" + READING + "/approval", json("needsApproval", true)));
        Launched anna = learner("anna-notice-review", "Anna", "course-notice-review");
        Launched bram = learner("bram-notice-review", "Bram", "course-notice-review");
        anna.client().answerEveryQuestion(READING);
        ok(anna.client().post("/api/assignments/" + READING + "/submit", null));
        String work = course(trainer) + "/members/" + anna.userId() + "/assignments/" + READING;

        ok(trainer.client().put(work + "/feedback", json("text", "Mooi, maar werk het tweede antwoord uit.")));
        assertEquals(0, notices(anna).size(), "a draft is not sent");
        ok(trainer.client().post(work + "/feedback/send", null));
        ok(trainer.client().post(work + "/return", json("reason", "Werk je tweede antwoord verder uit.")));

        List<String> kinds = kinds(notices(anna));
        assertEquals(List.of("returned", "feedback"), kinds, "returned first: it asks for work");
        notices(anna).forEach(notice -> assertEquals(READING, notice.path("assignmentId").asText()));
        assertEquals(0, notices(bram).size(), "a learner sees only their own");

        ok(anna.client().post("/api/assignments/" + READING + "/feedback/seen", null));
        assertEquals(List.of("returned"), kinds(notices(anna)), "read: the feedback is handled");
        ok(anna.client().post("/api/assignments/" + READING + "/submit", null));
        assertEquals(0, notices(anna).size(), "submitted again: the return is handled");
    }

    @Test
    void aColleaguesSubmittedObservationIsANoticeForTheObservedOnlyUntilTheyReadIt() {
        Launched anna = learner("anna-notice-read", "Anna", "course-notice-read");
        Launched bram = learner("bram-notice-read", "Bram", "course-notice-read");
        Launched carla = learner("carla-notice-read", "Carla", "course-notice-read");
        JsonNode sent = created(bram.client().post(BASE + "/invitations", json("userId", anna.userId())));
        ok(anna.client().post(BASE + "/invitations/" + sent.at("/peerCoaching/invitationsSent/0/id").asLong()
                + "/accept", null));
        long observationId = ok(anna.client().get(BASE)).at("/peerCoaching/partners/0/received/id").asLong();
        String bramObservesAnna = BASE + "/observations/" + observationId;
        String read = bramObservesAnna + "/read";

        ok(bram.client().put(bramObservesAnna, completeForm(bram)));
        assertEquals(0, notices(anna).size(), "a draft is not sent to Anna");
        assertProblem(anna.client().post(read, null), 409, "observationId");
        ok(bram.client().post(bramObservesAnna + "/submit", null));

        JsonNode received = only(notices(anna));
        assertEquals("received", received.path("kind").asText());
        assertEquals(PEER, received.path("assignmentId").asText());
        assertEquals("Bram", received.path("colleague").asText());
        assertEquals(observationId, received.path("observationId").asLong());
        assertTrue(received.path("at").isTextual(), "when it was submitted: " + received);
        assertEquals(0, notices(bram).size(), "the observer is not notified of his own observation");
        assertEquals(0, notices(carla).size(), "a learner sees only their own");

        JsonNode refused = assertProblem(bram.client().post(read, null), 403, "observationId");
        assertTrue(refused.path("detail").asText().contains(String.valueOf(observationId)), refused.toString());
        assertProblem(carla.client().post(read, null), 403, "observationId");
        assertProblem(anna.client().post(BASE + "/observations/987654321/read", null), 404, "observationId");
        Launched annaElsewhere = learner("anna-notice-read", "Anna", "course-notice-read-elsewhere");
        assertProblem(annaElsewhere.client().post(read, null), 404, "observationId");
        assertEquals(observationId, only(notices(anna)).path("observationId").asLong(), "the refusals changed nothing");

        assertEquals(204, anna.client().post(read, null).status());
        assertEquals(0, notices(anna).size(), "read: the observation is handled");
        assertEquals(204, anna.client().post(read, null).status(), "reading again is fine");
        assertEquals(0, notices(anna).size());
    }

    @Test
    void anotherCoursesSessionSeesNoneAndATrainerHasNoNotices() {
        Launched bram = learner("bram-notice-course", "Bram", "course-notice-course");
        Launched anna = learner("anna-notice-course", "Anna", "course-notice-course");
        created(bram.client().post(BASE + "/invitations", json("userId", anna.userId())));
        assertEquals(1, notices(anna).size());

        Launched annaElsewhere = learner("anna-notice-course", "Anna", "course-notice-course-elsewhere");
        assertEquals(anna.userId(), annaElsewhere.userId(), "the same person, launched in another course");
        assertEquals(0, notices(annaElsewhere).size(), "the session's course only");
        assertProblem(trainer("trainer-notice-course", "course-notice-course").client().get("/api/notices"), 403);
        ToolClient.Answer english = anna.client().get("/api/notices?lang=en");
        assertEquals(200, english.status(), english.body());
    }

    /** Every behaviour of the form marked, a compliment and a tip: a form that can be submitted. */
    private static String completeForm(Launched observer) {
        Map<String, Object> marks = new LinkedHashMap<>();
        observer.client().assignment(PEER).at("/assignment/observationForm/phases").forEach(phase -> phase
                .path("behaviours").forEach(behaviour -> marks.put(behaviour.path("id").asText(),
                        Map.of("markId", "voldoende"))));
        return json("marks", marks, "compliment", "Je nam de ouders echt serieus.",
                "tip", "Vat aan het eind samen wat jullie afspraken.");
    }

    private static JsonNode notices(Launched teacher) {
        return ok(teacher.client().get("/api/notices"));
    }

    private static JsonNode only(JsonNode notices) {
        assertEquals(1, notices.size(), notices.toString());
        return notices.get(0);
    }

    private static List<String> kinds(JsonNode notices) {
        List<String> kinds = new ArrayList<>();
        notices.forEach(notice -> kinds.add(notice.path("kind").asText()));
        return kinds;
    }

    private Launched learner(String subject, String name, String courseId) {
        return launched(platform.sessionToken(subject, claims -> claims.set("name", name)
                .member(LaunchClaims.CONTEXT, "id", courseId)));
    }

    private Launched trainer(String subject, String courseId) {
        return launched(platform.sessionToken(subject, claims -> claims.roles(LaunchClaims.INSTRUCTOR)
                .member(LaunchClaims.CONTEXT, "id", courseId)));
    }

    private static String course(Launched trainer) {
        return "/api/courses/" + trainer.courseId();
    }

    /** The client of a session token, with the user and course ids of its claims. */
    private static Launched launched(String token) {
        try {
            JsonNode claims = WorkClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return new Launched(WorkClient.withToken(token), claims.path("sub").asLong(), claims.path("ctx").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
