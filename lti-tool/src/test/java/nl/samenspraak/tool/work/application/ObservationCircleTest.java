package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.samenspraak.program.content.ObservationQuota;
import nl.samenspraak.tool.work.application.ObservationCircle.Direction;
import org.junit.jupiter.api.Test;

/** Who observes whom: round the circle, as many steps as the pack asks, at most everybody else. */
class ObservationCircleTest {

    @Test
    void aPairObservesBothWaysWhateverIsAsked() {
        List<Direction> both = List.of(new Direction(1, 2), new Direction(2, 1));
        assertEquals(both, ObservationCircle.of(List.of(1L, 2L), new ObservationQuota(1, 1)));
        assertEquals(both, ObservationCircle.of(List.of(1L, 2L), new ObservationQuota(2, 2)));
    }

    @Test
    void aTrioAskedOneEachWayGoesRoundOnce() {
        assertEquals(List.of(new Direction(1, 2), new Direction(2, 3), new Direction(3, 1)),
                ObservationCircle.of(List.of(1L, 2L, 3L), new ObservationQuota(1, 1)));
    }

    @Test
    void aTrioAskedTwoObservesAllSixWays() {
        assertEquals(List.of(new Direction(1, 2), new Direction(2, 3), new Direction(3, 1),
                        new Direction(1, 3), new Direction(2, 1), new Direction(3, 2)),
                ObservationCircle.of(List.of(1L, 2L, 3L), new ObservationQuota(2, 1)));
    }
}
