package nl.samenspraak.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void theDefaultsAreSixteenClientsForThirtySecondsAfterTwoMinutesOfWarmUp() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[0], Map.of("SAMENSPRAAK_ADMIN_PASSWORD", "geheim"));

        assertEquals(new BenchmarkOptions(URI.create("http://localhost:9080"), "geheim", 16, Duration.ofSeconds(120),
                Duration.ofSeconds(30), 500, 0, BenchmarkOptions.Mode.CHAINS, OptionalLong.empty()), options);
        assertEquals(Duration.ZERO, options.interval());
        assertFalse(options.toString().contains("geheim"));
    }

    @Test
    void optionsWinOverTheEnvironment() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--url=http://localhost:19390",
                "--password=demo", "--clients=4", "--warmup=0", "--duration=5s", "--users=20", "--rate=200", "--server-pid=4321"},
                Map.of("SAMENSPRAAK_ADMIN_PASSWORD", "geheim", "SAMENSPRAAK_BENCH_URL", "http://elders:1"));

        assertEquals(new BenchmarkOptions(URI.create("http://localhost:19390"), "demo", 4, Duration.ZERO,
                Duration.ofSeconds(5), 20, 200, BenchmarkOptions.Mode.CHAINS, OptionalLong.of(4321)), options);
        assertEquals(Duration.ofMillis(20), options.interval(), "each of 4 clients starts 50 chains a second");
    }

    @Test
    void whatIsWrongIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[0], Map.of()))
                .getMessage().contains("SAMENSPRAAK_ADMIN_PASSWORD"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(
                new String[] {"--password=x", "--clients=veel"}, Map.of())).getMessage().contains("--clients"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(new String[] {"clients"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(
                new String[] {"--password=x", "--clients=0"}, Map.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(
                new String[] {"--password=x", "--mode=fast"}, Map.of())).getMessage().contains("--mode"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(
                new String[] {"--password=x", "--mode=posts", "--rate=300"}, Map.of())).getMessage().contains("--rate"));
    }

    @Test
    void thePostsOnlyModeIsChosenByName() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--password=x", "--mode=posts"}, Map.of());

        assertEquals(BenchmarkOptions.Mode.POSTS, options.mode());
        assertTrue(options.toString().contains("launch POSTs only"));
    }
}
