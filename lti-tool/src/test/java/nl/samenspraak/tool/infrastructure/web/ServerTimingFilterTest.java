package nl.samenspraak.tool.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerTimingFilterTest {

    @Test
    void theHeaderNamesTheServersTimeTheDatabasesTimeAndTheStatementsInMilliseconds() {
        assertEquals("app;dur=41.2, db;dur=13.0;desc=\"10 queries\"",
                ServerTimingFilter.value(41_234_567, 12_960_000, 10));
    }
}
