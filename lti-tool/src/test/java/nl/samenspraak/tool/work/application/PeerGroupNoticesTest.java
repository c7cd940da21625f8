package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.program.content.Language;
import nl.samenspraak.program.content.LocalizedText;
import nl.samenspraak.tool.work.infrastructure.JdbcCourseRoster;
import nl.samenspraak.tool.work.infrastructure.JdbcFeedbackStore;
import nl.samenspraak.tool.work.infrastructure.JdbcNoticeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Your trainer put you in a coaching group with …" on the start page, for a week, while the group lasts. */
class PeerGroupNoticesTest {

    private static final String PEER = "bedeesde-ouder-intercollegiale-coaching";

    @TempDir
    Path folder;

    private WorkFixture fixture;
    private NoticeService notices;

    @BeforeEach
    void open() {
        fixture = WorkFixture.in(folder);
        var sql = fixture.database.sql();
        notices = new NoticeService(new JdbcNoticeStore(sql), new JdbcFeedbackStore(sql), new JdbcCourseRoster(sql),
                fixture.database.transactions(), fixture.clock);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aGroupTheTrainerFormedIsANoticeNamingTheColleaguesForAWeek() {
        WorkScope anna = fixture.teacher;
        long course = anna.contextId().orElseThrow();
        fixture.join(anna.userId(), course, "LEARNER");
        WorkScope bram = fixture.member(course, "bram", "Bram Jansen", "LEARNER");
        WorkScope carla = fixture.member(course, "carla", "Carla Smit", "LEARNER");
        WorkScope dirk = fixture.member(course, "dirk", "Dirk de Wit", "LEARNER");
        fixture.invitations.invite(dirk, PEER, bram.userId());
        long groupId = fixture.groups.form(course, fixture.trainer.userId(), PEER,
                List.of(bram.userId(), carla.userId(), anna.userId())).groups().get(0).group().id();

        List<NoticeService.Notice> brams = notices.forTeacher(bram);

        assertEquals(List.of(new NoticeService.Notice(NoticeService.Kind.GROUP, PEER, Optional.of(LocalizedText.of(
                "Carla Smit en Collega zonder naam", "Carla Smit and Colleague without a name")),
                Optional.of(fixture.clock.instant()), false, 1)), brams, "Dirk's invitation was withdrawn when Bram was placed");
        assertEquals("Bram Jansen and Carla Smit", notices.forTeacher(anna).get(0).colleague().orElseThrow()
                .in(Language.EN));

        fixture.clock.advance(NoticeService.AHEAD.plus(Duration.ofMinutes(1)));
        assertTrue(notices.forTeacher(bram).isEmpty(), "a week later it is no news");
        fixture.clock.advance(NoticeService.AHEAD.negated());
        fixture.groups.end(course, PEER, groupId);
        assertTrue(notices.forTeacher(bram).isEmpty(), "an ended group is no notice");
    }
}
