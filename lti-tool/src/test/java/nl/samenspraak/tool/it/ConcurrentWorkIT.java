package nl.samenspraak.tool.it;

import static nl.samenspraak.tool.it.WorkClient.json;
import static nl.samenspraak.tool.it.WorkClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import nl.samenspraak.tool.infrastructure.persistence.AtOnce;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests of one teacher at the same moment, from threads against the real server (on each database):
 * saves to one answer and to different ones with a submission racing them, first saves that all make the
 * work, and adds to an action plan at its limit. No request fails with a 500 or a duplicate key, nothing is
 * written after the submission, and the limit holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWorkIT {

    private static final String TIPS = "tien-tips-samenwerking-ouders";
    private static final String OPEN = "tips-al-toegepast";
    private static final String SCALE = "tip-1-gelijkwaardige-partners";
    private static final String PLAN = "ouderbetrokkenheid-actieplan";
    private static final String SCAN = "kennismakingsgesprek-quickscan";
    private static final int THREADS = 8;
    private static final int SAVES_PER_THREAD = 12;

    private final WorkPlatform platform = new WorkPlatform();

    @AfterAll
    void stopPlatform() {
        platform.close();
    }

    /** One request as a thread saw it: when it was sent (System.nanoTime) and the status it got. */
    private record Sent(String what, long sentAt, int status, String body) {
    }

    @Test
    void savesRacingASubmissionWriteNothingAfterIt() throws Exception {
        WorkClient teacher = platform.teacher("race-submit");
        teacher.answerEveryQuestion(TIPS);
        AtomicInteger threadNumbers = new AtomicInteger();
        AtomicLong submittedAt = new AtomicLong(Long.MAX_VALUE);
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        List<Map<String, JsonNode>> seenRightAfterSubmit = new ArrayList<>();

        AtOnce.run(THREADS, () -> {
            int thread = threadNumbers.getAndIncrement();
            for (int i = 0; i < SAVES_PER_THREAD; i++) {
                if (thread == 0 && i == SAVES_PER_THREAD / 2) {
                    ToolClient.Answer submitted = teacher.post("/api/assignments/" + TIPS + "/submit", null);
                    submittedAt.set(System.nanoTime());
                    sent.add(new Sent("submit", 0, submitted.status(), submitted.body()));
                    seenRightAfterSubmit.add(answers(teacher));
                    continue;
                }
                // Half the threads write the same open answer, the others a scale answer each their own value.
                String question = thread % 2 == 0 ? OPEN : SCALE;
                String body = thread % 2 == 0
                        ? json("text", "Versie " + thread + "." + i + ": een antwoord dat lang genoeg is om mee te tellen. ".repeat(2))
                        : json("value", 1 + (thread + i) % 4);
                long at = System.nanoTime();
                ToolClient.Answer saved = teacher.answer(TIPS, question, body);
                sent.add(new Sent(question, at, saved.status(), saved.body()));
            }
            return null;
        });

        assertEquals(List.of(200), statuses(sent, "submit"), "the submission went through: " + sent);
        List<Sent> unexpected = sent.stream().filter(request -> request.status() != 200 && request.status() != 409)
                .toList();
        assertEquals(List.of(), unexpected, "only saved (200) or refused as submitted (409)");
        List<Sent> afterSubmit = sent.stream().filter(request -> request.sentAt() > submittedAt.get()).toList();
        assertTrue(afterSubmit.stream().allMatch(request -> request.status() == 409),
                "every save sent after the submission answered is refused: " + afterSubmit);
        assertTrue(sent.stream().allMatch(request -> request.status() != 409 || request.body().contains("ingeleverd")),
                "a 409 says the work was submitted, not a database conflict");
        assertEquals(seenRightAfterSubmit.get(0), answers(teacher), "nothing was written after the submission");
        assertTrue(teacher.assignment(TIPS).path("readOnly").asBoolean());
    }

    @Test
    void firstSavesAtOnceMakeOneWorkWithoutADuplicateKey() throws Exception {
        WorkClient teacher = platform.teacher("race-first-save");
        AtomicInteger threadNumbers = new AtomicInteger();

        List<Integer> statuses = AtOnce.run(THREADS, () -> {
            int thread = threadNumbers.getAndIncrement();
            return thread % 2 == 0
                    ? teacher.answer(TIPS, OPEN, json("text", "Eerste woorden van draad " + thread)).status()
                    : teacher.put("/api/assignments/" + SCAN + "/quickscan/sector", json("sectorId", "po")).status();
        });

        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        assertTrue(teacher.assignment(TIPS).at("/answers/" + OPEN + "/text").asText().startsWith("Eerste woorden"));
        assertEquals(1, teacher.assignment(SCAN).at("/quickscan/attempts").size(), "one attempt, not one per request");
    }

    @Test
    void addsAtOnceStopAtTheLimitOfActions() throws Exception {
        WorkClient teacher = platform.teacher("race-actions");
        AtomicInteger numbers = new AtomicInteger();
        int tries = 30;

        List<ToolClient.Answer> added = AtOnce.run(tries, () ->
                teacher.post("/api/assignments/" + PLAN + "/actions", json("ownText", "Actie " + numbers.incrementAndGet())));

        Map<Integer, Long> byStatus = added.stream().collect(Collectors.groupingBy(ToolClient.Answer::status,
                TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(201, 20L, 400, (long) tries - 20), byStatus, "20 added, the rest refused at the limit");
        assertTrue(added.stream().filter(answer -> answer.status() == 400)
                .allMatch(answer -> answer.body().contains("\"actions\"")), "the refusals name the limit");
        assertEquals(20, teacher.assignment(PLAN).path("actions").size());
    }

    private static Map<String, JsonNode> answers(WorkClient teacher) {
        Map<String, JsonNode> answers = new TreeMap<>();
        teacher.assignment(TIPS).path("answers").fields().forEachRemaining(field -> answers.put(field.getKey(),
                field.getValue()));
        return answers;
    }

    private static List<Integer> statuses(ConcurrentLinkedQueue<Sent> sent, String what) {
        return sent.stream().filter(request -> request.what().equals(what)).map(Sent::status).toList();
    }
}
