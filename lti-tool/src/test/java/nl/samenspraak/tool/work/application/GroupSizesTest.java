package nl.samenspraak.tool.work.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How "arrange" splits the people without a group: never anyone alone, in the order given. */
class GroupSizesTest {

    @Test
    void pairsPutAnOddOneOutInTheLastPair() {
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L, 5L)), GroupSizes.split(people(5), 2));
        assertEquals(List.of(2, 2, 2), sizes(GroupSizes.split(people(6), 2)));
        assertEquals(List.of(2, 2, 3), sizes(GroupSizes.split(people(7), 2)));
        assertEquals(List.of(3), sizes(GroupSizes.split(people(3), 2)));
        assertEquals(List.of(2), sizes(GroupSizes.split(people(2), 2)));
    }

    @Test
    void triosMakeTheLeftoversPairs() {
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L)), GroupSizes.split(people(5), 3));
        assertEquals(List.of(3, 3), sizes(GroupSizes.split(people(6), 3)));
        assertEquals(List.of(3, 2, 2), sizes(GroupSizes.split(people(7), 3)));
        assertEquals(List.of(2, 2), sizes(GroupSizes.split(people(4), 3)));
        assertEquals(List.of(2), sizes(GroupSizes.split(people(2), 3)));
        assertEquals(List.of(3, 3, 3, 2, 2), sizes(GroupSizes.split(people(13), 3)));
    }

    @Test
    void nobodyMakesNoGroupAndOnePersonCannot() {
        assertEquals(List.of(), GroupSizes.split(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> GroupSizes.split(people(1), 2));
        assertThrows(IllegalArgumentException.class, () -> GroupSizes.split(people(4), 4));
    }

    private static List<Long> people(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static List<Integer> sizes(List<List<Long>> groups) {
        return groups.stream().map(List::size).toList();
    }
}
