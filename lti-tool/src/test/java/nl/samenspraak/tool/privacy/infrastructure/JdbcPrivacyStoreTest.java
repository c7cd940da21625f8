package nl.samenspraak.tool.privacy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.tool.privacy.application.Actor;
import nl.samenspraak.tool.privacy.application.AuditAction;
import nl.samenspraak.tool.privacy.application.AuditEntry;
import nl.samenspraak.tool.privacy.application.ErasureSummary;
import nl.samenspraak.tool.privacy.application.TeacherExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's data gathered for an export, and erased, in a real embedded database. */
class JdbcPrivacyStoreTest {

    @TempDir
    Path folder;

    private PrivacyFixture fixture;
    private JdbcPrivacyStore store;
    private JdbcAuditTrail audit;

    @BeforeEach
    void open() {
        fixture = new PrivacyFixture(folder, PrivacyFixture.NOW);
        store = new JdbcPrivacyStore(fixture.sql);
        audit = new JdbcAuditTrail(fixture.sql, Clock.fixed(PrivacyFixture.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anExportHoldsEverythingAboutTheTeacher() {
        audit.record(Actor.trainer(fixture.trainer), AuditAction.OPENED_WORK, List.of(fixture.anna),
                Optional.of(fixture.course));

        TeacherExport export = store.export(fixture.anna, Actor.teacher(fixture.anna), PrivacyFixture.TEXTS,
                PrivacyFixture.NOW).orElseThrow();

        assertEquals("Anna de Vries", export.person().name());
        assertEquals("anna", export.person().platformUserId());
        assertEquals("Schoolplatform", export.person().platform());
        assertEquals(List.of("Ouderbetrokkenheid"), export.courses().stream().map(TeacherExport.Membership::courseTitle).toList());
        TeacherExport.Work film = export.work().get(0);
        assertEquals("Titel van film-1", film.assignmentTitle());
        assertEquals("Ik vraag ouders eerst hoe het thuis gaat.", film.answers().get(0).text());
        assertEquals("Vraag q1", film.answers().get(0).question());
        TeacherExport.Work scan = export.work().get(1);
        assertEquals(java.util.Map.of("s1", 4), scan.quickscan().get(0).responses());
        assertEquals("Huisbezoek plannen", scan.actionPlan().get(0).ownText());
        assertEquals("Je liet de moeder uitpraten.", export.observationsGiven().get(0).compliment());
        assertEquals("bram", export.observationsGiven().get(0).partner(), "no name: the platform's user id");
        assertEquals("Goede open vraag.", export.observationsReceived().get(0).compliment());
        assertEquals("goed", export.observationsReceived().get(0).marks().get("b1").markId());
        assertEquals(1, export.audit().size(), "the teacher's own export is not in their audit trail");
        assertEquals("Tineke Trainer", export.audit().get(0).actorName());
    }

    @Test
    void theAdministratorsExportIsAudited() {
        store.export(fixture.anna, Actor.administrator(), PrivacyFixture.TEXTS, PrivacyFixture.NOW).orElseThrow();

        List<AuditEntry> entries = audit.about(fixture.anna);
        assertEquals(1, entries.size());
        assertEquals(AuditAction.EXPORTED, entries.get(0).action());
        assertEquals(Actor.Kind.ADMINISTRATOR, entries.get(0).actorKind());
    }

    @Test
    void erasureRemovesTheTeacherAndLeavesThePartnerTheFeedbackFromAFormerParticipant() {
        ErasureSummary preview = store.erasurePreview(fixture.anna).orElseThrow();

        ErasureSummary erased = store.erase(fixture.anna, Actor.administrator(), PrivacyFixture.NOW).orElseThrow();

        assertEquals(preview, erased);
        assertEquals(new ErasureSummary(fixture.anna, Optional.of("Anna de Vries"), "Schoolplatform", 1, 2, 1, 1, 0),
                erased);
        assertEquals(Optional.empty(), store.export(fixture.anna, Actor.administrator(), PrivacyFixture.TEXTS,
                PrivacyFixture.NOW));
        assertEquals(Optional.empty(), store.erase(fixture.anna, Actor.administrator(), PrivacyFixture.NOW),
                "an erased teacher is not erased twice");
        assertEquals(0, fixture.sql.one("SELECT COUNT(*) FROM teacher_work WHERE user_id = ?", row -> row.getInt(1),
                fixture.anna).orElseThrow());
        assertEquals(List.of("erased:" + fixture.anna), fixture.sql.list("SELECT subject FROM lti_user WHERE id = ?"
                + " AND name IS NULL AND erased_at IS NOT NULL", row -> row.getString(1), fixture.anna));
        TeacherExport brams = store.export(fixture.bram, Actor.teacher(fixture.bram), PrivacyFixture.TEXTS,
                PrivacyFixture.NOW).orElseThrow();
        assertEquals("Je liet de moeder uitpraten.", brams.observationsReceived().get(0).compliment());
        assertEquals("een oud-deelnemer", brams.observationsReceived().get(0).partner());
        assertEquals("Goede open vraag.", brams.observationsGiven().get(0).compliment(), "Bram's own work stays");
        List<AuditEntry> annas = audit.about(fixture.anna);
        assertEquals(List.of(AuditAction.ERASED), annas.stream().map(AuditEntry::action).toList());
    }

    @Test
    void anErasureJoinsTheUseCasesTransactionSoAFailingObserverErasesNothing() {
        assertThrows(IllegalStateException.class, () -> fixture.database.transactions().useTransaction(() -> {
            store.erase(fixture.anna, Actor.administrator(), PrivacyFixture.NOW).orElseThrow();
            throw new IllegalStateException("the grade outbox failed");
        }));

        assertEquals(Optional.of("Anna de Vries"), store.erasurePreview(fixture.anna).orElseThrow().name());
        assertEquals(2, fixture.sql.one("SELECT COUNT(*) FROM teacher_work WHERE user_id = ?", row -> row.getInt(1),
                fixture.anna).orElseThrow());
        assertTrue(audit.about(fixture.anna).isEmpty());
    }

    @Test
    void theErasureEndsTheGroupAndThePartnerKeepsTheirDraft() {
        fixture.sql.update("UPDATE peer_observation SET submitted_at = NULL");

        ErasureSummary erased = store.erase(fixture.anna, Actor.administrator(), PrivacyFixture.NOW)
                .orElseThrow();

        assertEquals(1, erased.partnershipsEnded());
        assertEquals(1, fixture.count("peer_partnership"), "ended, not deleted");
        assertEquals(1, fixture.sql.one("SELECT COUNT(*) FROM peer_partnership WHERE ended_at IS NOT NULL",
                row -> row.getInt(1)).orElseThrow());
        assertEquals(0, fixture.sql.one("SELECT COUNT(*) FROM peer_group_member WHERE active_user_id IS NOT NULL",
                row -> row.getInt(1)).orElseThrow(), "Bram may be grouped anew");
        assertEquals(List.of("Goede open vraag."), fixture.sql.list("SELECT compliment FROM peer_observation"
                + " WHERE observer_id = ?", row -> row.getString(1), fixture.bram), "Bram's draft stays his");
        assertEquals(List.of(""), fixture.sql.list("SELECT compliment FROM peer_observation WHERE observer_id = ?",
                row -> row.getString(1), fixture.anna), "Anna's unsubmitted draft goes with her");
        assertEquals("Goede open vraag.", store.export(fixture.bram, Actor.teacher(fixture.bram), PrivacyFixture.TEXTS,
                PrivacyFixture.NOW).orElseThrow().observationsGiven().get(0).compliment(),
                "Bram's draft of the ended group is in his export");
    }

    @Test
    void theAdministratorFindsTeachersByNameOrPlatformUserId() {
        assertEquals(List.of(fixture.anna), store.teachers("VRIES", 50).stream().map(found -> found.userId()).toList());
        assertEquals(List.of(fixture.bram), store.teachers("bra", 50).stream().map(found -> found.userId()).toList());
        assertEquals(3, store.teachers("", 50).size());
        assertTrue(store.teachers("%", 50).isEmpty(), "a wildcard is searched for as a character");
    }
}
