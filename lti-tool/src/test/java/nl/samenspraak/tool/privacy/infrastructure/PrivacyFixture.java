package nl.samenspraak.tool.privacy.infrastructure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.infrastructure.persistence.Sql;
import nl.samenspraak.tool.infrastructure.persistence.TestDatabase;
import nl.samenspraak.tool.privacy.application.ExportTexts;

/**
 * A course in a real embedded database with a trainer and two learners, Anna and Bram, who coached each
 * other (both observations submitted); Anna has answers, a quickscan and an action plan.
 */
final class PrivacyFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final ExportTexts TEXTS = new ExportTexts() {
        @Override
        public Optional<String> assignmentTitle(String assignmentId) {
            return Optional.of("Titel van " + assignmentId);
        }

        @Override
        public Optional<String> question(String assignmentId, String questionId) {
            return Optional.of("Vraag " + questionId);
        }

        @Override
        public String formerParticipant() {
            return "een oud-deelnemer";
        }
    };

    final TestDatabase database;
    final Sql sql;
    final long registration;
    final long course;
    final long trainer;
    final long anna;
    final long bram;
    final long annasWork;

    PrivacyFixture(Path folder, Instant activity) {
        database = TestDatabase.in(folder);
        sql = database.sql();
        registration = sql.insert("INSERT INTO platform_registration (issuer, client_id, name, authorization_url,"
                + " token_url, jwks_url, enabled, registered_by, created_at, updated_at)"
                + " VALUES ('https://lms.example', 'c', 'Schoolplatform', 'https://lms.example/a', 'https://lms.example/t',"
                + " 'https://lms.example/k', TRUE, 'MANUAL', ?, ?)", activity, activity);
        course = sql.insert("INSERT INTO lti_context (registration_id, deployment_id, context_key, title, created_at,"
                + " updated_at) VALUES (?, 'd', 'course-1', 'Ouderbetrokkenheid', ?, ?)", registration, activity, activity);
        trainer = member("trainer", "Tineke Trainer", "INSTRUCTOR", activity);
        anna = member("anna", "Anna de Vries", "LEARNER", activity);
        bram = member("bram", null, "LEARNER", activity);
        annasWork = sql.insert("INSERT INTO teacher_work (user_id, scope_key, context_id, assignment_id, opened_at,"
                + " updated_at) VALUES (?, ?, ?, 'film-1', ?, ?)", anna, "course:" + course, course, activity, activity);
        sql.update("INSERT INTO work_answer (work_id, question_id, text_value, updated_at) VALUES (?, 'q1', ?, ?)",
                annasWork, "Ik vraag ouders eerst hoe het thuis gaat.", activity);
        long quickscan = sql.insert("INSERT INTO teacher_work (user_id, scope_key, context_id, assignment_id, opened_at,"
                + " updated_at) VALUES (?, ?, ?, 'scan-1', ?, ?)", anna, "course:" + course, course, activity, activity);
        long attempt = sql.insert("INSERT INTO quickscan_attempt (work_id, number, started_at) VALUES (?, 1, ?)",
                quickscan, activity);
        sql.update("INSERT INTO quickscan_response (attempt_id, statement_id, scale_value, updated_at)"
                + " VALUES (?, 's1', 4, ?)", attempt, activity);
        sql.update("INSERT INTO action_plan_item (work_id, position, own_text, done, created_at, updated_at)"
                + " VALUES (?, 1, 'Huisbezoek plannen', FALSE, ?, ?)", quickscan, activity, activity);
        long pair = sql.insert("INSERT INTO peer_partnership (context_id, assignment_id, chosen_by, created_at)"
                + " VALUES (?, 'peer-1', ?, ?)", course, anna, activity);
        for (long member : List.of(anna, bram)) {
            sql.update("INSERT INTO peer_group_member (partnership_id, user_id, position, context_id, assignment_id,"
                    + " active_user_id) VALUES (?, ?, ?, ?, 'peer-1', ?)", pair, member, member == anna ? 0 : 1, course,
                    member);
        }
        observation(pair, anna, bram, "Je liet de moeder uitpraten.", activity);
        observation(pair, bram, anna, "Goede open vraag.", activity);
    }

    long member(String subject, String name, String toolRole, Instant at) {
        long user = sql.insert("INSERT INTO lti_user (registration_id, subject, name, created_at, last_launch_at)"
                + " VALUES (?, ?, ?, ?, ?)", registration, subject, name, at, at);
        sql.update("INSERT INTO lti_membership (context_id, user_id, roles, tool_role, last_launch_at)"
                + " VALUES (?, ?, 'r', ?, ?)", course, user, toolRole, at);
        return user;
    }

    private void observation(long pair, long observer, long observed, String compliment, Instant at) {
        long id = sql.insert("INSERT INTO peer_observation (partnership_id, observer_id, observed_id, planning_note,"
                + " planning_sequence, compliment, tip, saved_at, submitted_at) VALUES (?, ?, ?, '', 0, ?, 'Een tip.', ?, ?)",
                pair, observer, observed, compliment, at, at);
        sql.update("INSERT INTO peer_observation_mark (observation_id, behaviour_id, mark_id, example)"
                + " VALUES (?, 'b1', 'goed', 'Voorbeeld')", id);
    }

    int count(String table) {
        return sql.one("SELECT COUNT(*) FROM " + table, row -> row.getInt(1)).orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
