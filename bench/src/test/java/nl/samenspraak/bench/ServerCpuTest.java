package nl.samenspraak.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerCpuTest {

    @Test
    void userAndSystemTicksAreAddedUpEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (Liberty) x) S 1 4242 4242 0 -1 4194560 91234 0 12 0 1234 566 0 0 20 0 80 0"
                + " 12345 4000000000 90000 18446744073709551615 1 1 0 0 0 0 0 4096 17638 0 0 0 17 1 0 0 0 0 0";

        assertEquals(Duration.ofMillis(18_000), ServerCpu.parse(stat, 100));
    }
}
