package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static nl.samenspraak.tool.it.WorkRefusals.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.tool.it.platform.LaunchClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Privacy over HTTP, on both servers: a teacher's own export and audit trail, the trainer's look in it, a
 * platform that sends no name, and the administrator's search, export, erasure and retention dry run. Each
 * test has a course of its own on the class's platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyApiIT {

    private static final String READING = "klavertje-vier";
    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";
    private static final String PEERS = "/api/assignments/" + PEER + "/peer-coaching";
    private static final String COMPLIMENT = "Je nam de ouders echt serieus.";

    private final WorkPlatform platform = new WorkPlatform();
    private final AdminClient admin = new AdminClient();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    @Test
    void aTeacherDownloadsEverythingTheToolKeepsAboutThem() {
        WorkClient anna = learner("anna-export", "Anna Export", "course-export");
        anna.answerEveryQuestion(READING);

        ToolClient.Answer json = anna.get("/api/privacy/export");
        JsonNode export = ok(json);
        assertTrue(json.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("attachment; filename=\"samenspraak-"), json.headers().map().toString());
        assertEquals("Anna Export", export.at("/person/name").asText());
        assertEquals("anna-export", export.at("/person/platformUserId").asText());
        assertEquals("Ouderbetrokkenheid", export.at("/courses/0/courseTitle").asText());
        JsonNode work = export.path("work").get(0);
        assertEquals(READING, work.path("assignmentId").asText());
        assertTrue(work.at("/answers/0/text").asText().startsWith("Een antwoord dat lang genoeg is."), work.toString());
        assertFalse(work.at("/answers/0/question").asText().isBlank(), "the question is named: " + work);
        assertFalse(json.body().contains("email"), "no email address, not even an empty field");

        ToolClient.Answer html = anna.get("/api/privacy/export.html");
        assertEquals(200, html.status(), html.body());
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.body().contains("Een antwoord dat lang genoeg is."), html.body());
        assertTrue(html.body().contains("Mijn gegevens in Samenspraak"), "in the launch's language");
        assertTrue(anna.get("/api/privacy/export.html?lang=en").body().contains("My data in Samenspraak"));
        assertEquals(0, ok(anna.get("/api/privacy/audit")).size(), "nobody else looked");
        assertEquals(401, WorkClient.withAuthorization(null).get("/api/privacy/export").status());
    }

    @Test
    void aLearnerSeesThatTheTrainerOpenedTheirWork() {
        WorkClient anna = learner("anna-audit", "Anna Audit", "course-audit");
        WorkClient trainer = platform.launch("trainer-audit", claims -> claims.roles(LaunchClaims.INSTRUCTOR)
                .set("name", "Tineke Trainer").member(LaunchClaims.CONTEXT, "id", "course-audit"));

        ok(trainer.get("/api/courses/" + trainer.courseId() + "/members/" + trainer.member("Anna Audit").path("userId")
                .asLong() + "/assignments/" + READING));

        JsonNode looks = ok(anna.get("/api/privacy/audit"));
        assertEquals(1, looks.size(), looks.toString());
        assertEquals("trainer", looks.at("/0/actorKind").asText());
        assertEquals("Tineke Trainer", looks.at("/0/actorName").asText());
        assertEquals("opened_work", looks.at("/0/action").asText());
        assertEquals(0, ok(trainer.get("/api/privacy/audit")).size(), "the trainer's own look is not about the trainer");
    }

    @Test
    void aPlatformThatSendsNoNameWorksAndTheTrainerSeesTheUserId() {
        WorkClient nameless = platform.launch("user-7f3a9", claims -> claims.withoutPersonalData()
                .member(LaunchClaims.CONTEXT, "id", "course-anonymous"));
        WorkClient trainer = platform.launch("trainer-anonymous", claims -> claims.withoutPersonalData()
                .roles(LaunchClaims.INSTRUCTOR).member(LaunchClaims.CONTEXT, "id", "course-anonymous"));
        nameless.answerEveryQuestion(READING);

        JsonNode participant = trainer.matrix().at("/members/0");
        assertFalse(participant.hasNonNull("name"), participant.toString());
        assertEquals("user-7f3a9", participant.path("platformUserId").asText());
        ok(trainer.get("/api/courses/" + trainer.courseId() + "/members/" + participant.path("userId").asLong()
                + "/assignments/" + READING));
        assertEquals("user-7f3a9", ok(nameless.get("/api/privacy/export")).at("/person/platformUserId").asText());
        assertEquals(1, ok(nameless.get("/api/privacy/audit")).size());
    }

    @Test
    void theAdministratorErasesATeacherAndThePartnerKeepsTheFeedbackFromAFormerParticipant() {
        WorkClient anna = learner("anna-erase", "Anna Wissen", "course-erase");
        WorkClient bram = learner("bram-erase", "Bram Blijft", "course-erase");
        anna.answerEveryQuestion(READING);
        JsonNode pair = CoachingPairs.pair(PEERS, anna, colleague(anna, "Bram Blijft"), bram)
                .at("/peerCoaching/partners/0");
        String observation = PEERS + "/observations/" + pair.at("/given/id").asLong();
        ok(anna.put(observation, completeForm(anna)));
        ok(anna.post(observation + "/submit", null));
        String token = platform.adminToken();

        JsonNode found = ok(admin.call("GET", "/api/admin/teachers?q=anna-erase", token, null));
        assertEquals(1, found.size(), found.toString());
        long annaId = found.at("/0/userId").asLong();
        assertEquals("Anna Wissen", found.at("/0/name").asText());
        JsonNode annasData = ok(admin.call("GET", "/api/admin/teachers/" + annaId + "/export", token, null));
        assertTrue(annasData.at("/work/0/answers").size() > 0);
        assertEquals("sent", annasData.at("/invitations/0/direction").asText(), annasData.toString());
        assertEquals("Bram Blijft", annasData.at("/invitations/0/colleague").asText());
        assertEquals("accepted", annasData.at("/invitations/0/status").asText());
        assertEquals("exported", ok(anna.get("/api/privacy/audit")).at("/0/action").asText(),
                "the teacher sees the administrator's download");
        JsonNode preview = ok(admin.call("GET", "/api/admin/teachers/" + annaId + "/erasure", token, null));
        assertEquals(1, preview.path("observationsKept").asInt(), preview.toString());
        assertEquals(1, preview.path("courses").asInt(), preview.toString());

        assertEquals(preview, ok(admin.call("DELETE", "/api/admin/teachers/" + annaId, token, null)));

        JsonNode partner = ok(bram.get(PEERS)).at("/peerCoaching/partners/0");
        assertTrue(partner.path("formerParticipant").asBoolean(), partner.toString());
        assertTrue(partner.path("name").isNull(), partner.toString());
        assertEquals(COMPLIMENT, partner.at("/received/form/compliment").asText(), "Bram keeps what he received");
        assertEquals(0, ok(admin.call("GET", "/api/admin/teachers?q=anna-erase", token, null)).size());
        assertProblem(anna.get("/api/privacy/export"), 404);
        assertProblem(admin.call("DELETE", "/api/admin/teachers/" + annaId, token, null), 404);
        assertEquals(401, admin.call("DELETE", "/api/admin/teachers/" + annaId, null, null).status());
        assertEquals(401, anna.get("/api/admin/teachers").status(), "a teacher's session is no admin token");
    }

    @Test
    void aSearchTooLongIsRefusedNamingTheField() {
        String token = platform.adminToken();

        JsonNode problem = assertProblem(admin.call("GET", "/api/admin/teachers?q=" + "x".repeat(101), token, null,
                "Accept-Language", "en"), 400, "q");
        assertTrue(problem.path("detail").asText().contains("at most 100"), problem.toString());
        assertTrue(assertProblem(admin.call("GET", "/api/admin/teachers?q=" + "x".repeat(101), token, null), 400, "q")
                .path("detail").asText().contains("hoogstens 100"), "Dutch first");
    }

    @Test
    void theAdministratorSeesWhatTheNextRetentionRunErases() {
        JsonNode retention = ok(admin.call("GET", "/api/admin/retention", platform.adminToken(), null));

        assertEquals(24, retention.path("months").asInt(), retention.toString());
        assertTrue(retention.path("cutoff").isTextual(), retention.toString());
        assertTrue(retention.path("nextRun").isArray(), retention.toString());
        assertEquals(401, admin.call("GET", "/api/admin/retention", null, null).status());
    }

    private WorkClient learner(String subject, String name, String courseId) {
        return platform.launch(subject, claims -> claims.set("name", name).member(LaunchClaims.CONTEXT, "id", courseId));
    }

    private static long colleague(WorkClient teacher, String name) {
        for (JsonNode colleague : ok(teacher.get(PEERS)).at("/peerCoaching/colleagues")) {
            if (colleague.path("name").asText().equals(name)) {
                return colleague.path("userId").asLong();
            }
        }
        throw new AssertionError("No colleague " + name);
    }

    /** Every behaviour of the form marked, a compliment and a tip. */
    private static String completeForm(WorkClient teacher) {
        Map<String, Object> marks = new LinkedHashMap<>();
        teacher.assignment(PEER).at("/assignment/observationForm/phases").forEach(phase -> phase.path("behaviours")
                .forEach(behaviour -> {
                    Map<String, Object> mark = new LinkedHashMap<>();
                    mark.put("markId", "voldoende");
                    mark.put("example", null);
                    marks.put(behaviour.path("id").asText(), mark);
                }));
        return json("marks", marks, "compliment", COMPLIMENT, "tip", "Vat aan het eind samen wat jullie afspraken.");
    }
}
