package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryMeterTest {

    @TempDir
    Path folder;

    @Test
    void countsTheStatementsOfThisThreadWhileAMeasureIsOpen() throws InterruptedException {
        try (TestDatabase database = TestDatabase.in(folder)) {
            QueryMeter meter = new QueryMeter();
            Sql sql = new Sql(database.jdbi(), meter);

            QueryMeter.Measure measure = meter.start();
            sql.list("SELECT 1", row -> row.getInt(1));
            sql.one("SELECT 2", row -> row.getInt(1));
            Thread other = new Thread(() -> sql.list("SELECT 3", row -> row.getInt(1)));
            other.start();
            other.join();
            sql.transaction(statements -> statements.update("UPDATE teacher_work SET updated_at = updated_at"));
            meter.stop();
            sql.list("SELECT 4", row -> row.getInt(1));

            assertEquals(3, measure.statements(), "this thread's statements while measured, not another thread's");
            assertTrue(measure.nanos() > 0);
        }
    }
}
