package nl.samenspraak.tool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.tool.lti.launch.ToolRole;
import nl.samenspraak.tool.lti.session.SessionToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quickscan and action-plan API on the server with PostgreSQL, so that their SQL runs there too. The
 * session is made in the database (a teacher in a course, signed with the server's session secret) rather
 * than by a launch: the launch has tests of its own.
 */
class WorkTypesPostgresqlIT {

    private static final String SCAN = "/api/assignments/kennismakingsgesprek-quickscan";
    private static final String PLAN = "/api/assignments/ouderbetrokkenheid-actieplan";

    private static String bearer;

    private final ToolClient tool = new ToolClient();

    @BeforeAll
    static void teacherInACourse() throws SQLException {
        // The server makes its session secret when it first checks a session.
        assertEquals(401, new ToolClient().get("/api/session", "Authorization", "Bearer none").status());
        try (Connection db = DriverManager.getConnection(System.getProperty("samenspraak.it.pg.url"),
                System.getProperty("samenspraak.it.pg.user"), System.getProperty("samenspraak.it.pg.password"))) {
            long registration = insert(db, "INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                    + " token_url, jwks_url, enabled, registered_by, created_at, updated_at) VALUES"
                    + " ('https://work-types.example', 'c', 'LMS', 'https://work-types.example/a',"
                    + " 'https://work-types.example/t', 'https://work-types.example/k', TRUE, 'MANUAL', now(), now())");
            long user = insert(db, "INSERT INTO lti_user (registration_id, subject, created_at, last_launch_at)"
                    + " VALUES (" + registration + ", 'anna', now(), now())");
            long course = insert(db, "INSERT INTO lti_context (registration_id, deployment_id, context_key, created_at,"
                    + " updated_at) VALUES (" + registration + ", 'd', 'course-1', now(), now())");
            byte[] secret;
            try (Statement query = db.createStatement();
                 ResultSet row = query.executeQuery("SELECT secret FROM tool_secret WHERE name = 'session-signing'")) {
                assertTrue(row.next(), "the server made its session secret");
                secret = Base64.getDecoder().decode(row.getString(1));
            }
            Instant now = Instant.now();
            bearer = "Bearer " + new SessionToken(user, registration, "d", Optional.of(course), Optional.empty(),
                    ToolRole.LEARNER, Language.NL, now, now.plus(Duration.ofHours(1))).toJWT(secret);
        }
    }

    @Test
    void aQuickscanIsFilledInSubmittedAndRetaken() {
        assertEquals(409, call("PUT", SCAN + "/quickscan/responses/welkom-voelen", "{\"value\": 3}").status());
        assertEquals(400, call("PUT", SCAN + "/quickscan/sector", "{\"sectorId\": \"hbo\"}").status());
        assertEquals(200, call("PUT", SCAN + "/quickscan/sector", "{\"sectorId\": \"vo\"}").status());
        call("PUT", SCAN + "/quickscan/responses/buitenschoolse-activiteiten", "{\"value\": 2}");
        JsonNode changed = call("PUT", SCAN + "/quickscan/sector", "{\"sectorId\": \"po\"}").json();
        assertEquals(0, changed.at("/quickscan/attempts/0/responses").size(), "a new sector starts without responses");

        ToolClient.Answer half = call("PUT", SCAN + "/quickscan/responses/welkom-voelen", "{\"value\": 2.5}");
        assertEquals(400, half.status(), half.body());
        assertEquals("value", half.json().at("/errors/0/field").asText());
        for (String statement : List.of("welkom-voelen", "contact-ook-bij-goed-nieuws", "kennis-ouders-benut",
                "gedeelde-visie", "warme-overdracht", "lijnen-met-zorg")) {
            assertEquals(200, call("PUT", SCAN + "/quickscan/responses/" + statement, "{\"value\": 4}").status());
        }
        JsonNode skipped = call("DELETE", SCAN + "/quickscan/responses/lijnen-met-zorg", null).json();
        assertEquals("in_progress", skipped.at("/progress/state").asText());
        assertEquals(404, call("PUT", SCAN + "/quickscan/responses/buitenschoolse-activiteiten", "{\"value\": 1}").status());

        assertEquals(200, call("POST", SCAN + "/submit", null).status());
        assertEquals(409, call("PUT", SCAN + "/quickscan/responses/welkom-voelen", "{\"value\": 1}").status());
        JsonNode retaken = call("POST", SCAN + "/quickscan/retake", null).json();
        assertEquals(2, retaken.at("/quickscan/current").asInt());
        assertEquals("completed", retaken.at("/progress/state").asText());

        JsonNode view = call("GET", SCAN + "?lang=en", null).json();
        assertFalse(view.path("readOnly").asBoolean(), "the retake can be filled in");
        JsonNode first = view.at("/quickscan/attempts/0");
        assertEquals("Welcome and getting acquainted", first.at("/results/0/title").asText());
        assertEquals(1.0, first.at("/results/0/score").asDouble());
        assertTrue(first.path("submittedAt").isTextual());
        assertTrue(view.at("/quickscan/attempts/1/results/0/score").isNull());
        ToolClient.Answer early = call("POST", SCAN + "/submit", null);
        assertEquals(409, early.status());
        assertTrue(early.json().at("/errors/0/field").asText().startsWith("quickscan.themes."), early.body());
    }

    @Test
    void anActionPlanIsMadeChangedAndSubmitted() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ToolClient.Answer mail = call("POST", PLAN + "/actions", "{\"optionId\": \"mail-over-de-klas\", \"plannedFor\": \"" + today + "\"}");
        assertEquals(201, mail.status(), mail.body());
        assertTrue(mail.json().path("ownText").isNull());
        assertEquals(409, call("POST", PLAN + "/actions", "{\"optionId\": \"mail-over-de-klas\"}").status());
        ToolClient.Answer own = call("POST", PLAN + "/actions", "{\"ownText\": \"Huisbezoek <b>groep 5</b>\"}");
        assertEquals(201, own.status(), own.body());
        assertEquals(400, call("POST", PLAN + "/actions", "{\"ownText\": \"x\", \"plannedFor\": \"03-12-2026\"}").status());

        long mailId = mail.json().path("id").asLong();
        long ownId = own.json().path("id").asLong();
        assertEquals(400, call("PUT", PLAN + "/actions/" + ownId, "{\"plannedFor\": null, \"done\": true, \"ownText\": \"Huisbezoek\"}").status());
        JsonNode done = call("PUT", PLAN + "/actions/" + mailId, "{\"plannedFor\": \"" + today + "\", \"done\": true}").json();
        assertTrue(done.path("done").asBoolean());
        call("PUT", PLAN + "/actions/" + ownId, "{\"plannedFor\": \"" + today + "\", \"done\": true, \"ownText\": \"Huisbezoek <b>groep 5</b>\"}");
        assertEquals(404, call("DELETE", PLAN + "/actions/" + (ownId + 1000), null).status());

        JsonNode plan = call("GET", PLAN, null).json();
        assertEquals(2, plan.path("actions").size());
        assertEquals("Huisbezoek <b>groep 5</b>", plan.at("/actions/1/ownText").asText());
        assertEquals(today, plan.at("/actions/0/plannedFor").asText());
        ToolClient.Answer notReady = call("POST", PLAN + "/submit", null);
        assertEquals(409, notReady.status());
        assertTrue(notReady.body().contains("answers."), "the reflection is still missing: " + notReady.body());
        assertEquals(204, call("DELETE", PLAN + "/actions/" + ownId, null).status());
        assertEquals(1, call("GET", PLAN, null).json().path("actions").size());
    }

    private ToolClient.Answer call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(System.getProperty("samenspraak.it.baseUrl") + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", bearer)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return tool.send(request.build());
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
