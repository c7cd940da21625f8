package nl.samenspraak.tool.work.application;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.program.content.ObservationQuota;

/**
 * Who observes whom in a group: the members sit in a circle (m0..m(n-1)) and each observes the next
 * {@code k} members, with {@code k = min(n - 1, max(give, receive))}. So everybody gives and receives the same
 * number: a pair observes both ways; a trio asked one observation each way goes m0→m1, m1→m2, m2→m0; a trio
 * asked two goes all six ways.
 */
public final class ObservationCircle {

    /** One observation to make: the observer observes the observed member. */
    public record Direction(long observerId, long observedId) {
    }

    private ObservationCircle() {
    }

    public static List<Direction> of(List<Long> members, ObservationQuota quota) {
        int n = members.size();
        int k = Math.min(n - 1, Math.max(quota.give(), quota.receive()));
        List<Direction> directions = new ArrayList<>();
        for (int step = 1; step <= k; step++) {
            for (int i = 0; i < n; i++) {
                directions.add(new Direction(members.get(i), members.get((i + step) % n)));
            }
        }
        return directions;
    }
}
