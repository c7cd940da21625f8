package nl.samenspraak.tool.work.application;

import java.util.ArrayList;
import java.util.List;

/**
 * How the trainer's "arrange" splits the people without a group, in their order, into groups of the size
 * asked, never leaving anyone alone: pairs put an odd one out in the last pair (a trio); trios make the
 * leftovers pairs (4 → 2+2, 5 → 3+2, 7 → 3+2+2).
 */
final class GroupSizes {

    private GroupSizes() {
    }

    /** The groups, in order; empty for nobody. Needs size 2 or 3 and never one person alone. */
    static List<List<Long>> split(List<Long> people, int size) {
        int n = people.size();
        if (size != 2 && size != 3) {
            throw new IllegalArgumentException("Groups of two or three, not " + size);
        }
        if (n == 1) {
            throw new IllegalArgumentException("One person makes no group");
        }
        List<Integer> sizes = new ArrayList<>();
        if (size == 2) {
            for (int i = 0; i < n / 2; i++) {
                sizes.add(2);
            }
            if (n % 2 == 1) {
                sizes.set(sizes.size() - 1, 3);
            }
        } else {
            int pairs = switch (n % 3) {
                case 1 -> 2;
                case 2 -> 1;
                default -> 0;
            };
            for (int i = 0; i < (n - 2 * pairs) / 3; i++) {
                sizes.add(3);
            }
            for (int i = 0; i < pairs; i++) {
                sizes.add(2);
            }
        }
        List<List<Long>> groups = new ArrayList<>();
        int from = 0;
        for (int groupSize : sizes) {
            groups.add(List.copyOf(people.subList(from, from + groupSize)));
            from += groupSize;
        }
        return groups;
    }
}
