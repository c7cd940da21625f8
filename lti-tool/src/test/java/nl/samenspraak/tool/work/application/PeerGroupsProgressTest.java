package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspraak.program.progress.ProgressState;
import nl.samenspraak.tool.work.application.ObservationForms.FormInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer's changes of groups record the progress of every member they touch, in their transaction
 * ({@link ProgressChanged}): a draft of an ended group no longer counts.
 */
class PeerGroupsProgressTest {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";

    @TempDir
    Path folder;

    private WorkFixture fixture;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void endingAGroupRecordsTheProgressOfTheMemberWhoseDraftNoLongerCounts() {
        WorkScope anna = fixture.teacher;
        long course = anna.contextId().orElseThrow();
        fixture.join(anna.userId(), course, "LEARNER");
        WorkScope bram = fixture.member(course, "bram", "Bram Jansen", "LEARNER");
        long groupId = fixture.groups.form(course, fixture.trainer.userId(), PEER,
                List.of(anna.userId(), bram.userId())).groups().get(0).group().id();
        long annaObservesBram = fixture.peerCoaching.state(anna, PEER).partners().get(0).given().orElseThrow().id();
        fixture.forms.saveForm(anna, PEER, annaObservesBram, new FormInput(Map.of(), "Anna begon.", ""));
        assertEquals(ProgressState.IN_PROGRESS, fixture.work.assignment(anna, PEER).progress().state());
        int before = fixture.progressEvents.fired().size();

        fixture.groups.end(course, PEER, groupId);

        List<ProgressChanged> fired = fixture.progressEvents.fired().subList(before, fixture.progressEvents.fired().size());
        assertEquals(List.of(anna), fired.stream().map(ProgressChanged::scope).toList(),
                "only Anna's progress changed; Bram's had nothing to lose");
        assertEquals(ProgressCause.TEACHER_WORK, fired.get(0).cause());
        assertEquals(fixture.work.assignment(anna, PEER).progress(), fired.get(0).after());
    }
}
