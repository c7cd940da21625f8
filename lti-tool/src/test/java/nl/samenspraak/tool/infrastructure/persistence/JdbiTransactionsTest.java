package nl.samenspraak.tool.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.samenspraak.tool.application.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit of work on the embedded database: what {@link Sql} does inside {@link Transactions#inTransaction}
 * commits with it or not at all, a nested transaction joins the outer one, and the dialect-correct upserts.
 */
class JdbiTransactionsTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private Sql sql;
    private Transactions transactions;

    @BeforeEach
    void open() {
        database = TestDatabase.in(folder);
        sql = database.sql();
        transactions = database.transactions();
        sql.update("CREATE TABLE probe (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL)");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void whatTheWorkWritesThroughSqlCommitsWhenItReturns() {
        String result = transactions.inTransaction(() -> {
            sql.update("INSERT INTO probe (id, label) VALUES (1, 'one')");
            sql.update("INSERT INTO probe (id, label) VALUES (2, 'two')");
            return "done";
        });

        assertEquals("done", result);
        assertEquals(List.of("one", "two"), labels());
    }

    @Test
    void anExceptionRollsBackEverythingAndComesOutAsThrown() {
        IllegalStateException thrown = new IllegalStateException("refused after the first write");

        IllegalStateException out = assertThrows(IllegalStateException.class, () -> transactions.useTransaction(() -> {
            sql.update("INSERT INTO probe (id, label) VALUES (1, 'one')");
            throw thrown;
        }));

        assertSame(thrown, out);
        assertEquals(List.of(), labels());
    }

    @Test
    void aNestedTransactionJoinsTheOuterAndFailsWithIt() {
        assertThrows(IllegalStateException.class, () -> transactions.useTransaction(() -> {
            transactions.useTransaction(() -> sql.update("INSERT INTO probe (id, label) VALUES (1, 'inner')"));
            sql.transaction(tx -> tx.update("INSERT INTO probe (id, label) VALUES (2, 'store')"));
            assertEquals(List.of("inner", "store"), labels(), "the outer work sees what the inner ones wrote");
            throw new IllegalStateException("the use case fails after its parts returned");
        }));

        assertEquals(List.of(), labels(), "the inner work did not commit on its own");
    }

    @Test
    void otherConnectionsDoNotSeeTheWorkBeforeItCommits() throws Exception {
        transactions.useTransaction(() -> {
            sql.update("INSERT INTO probe (id, label) VALUES (1, 'one')");
            List<String> seenElsewhere = CompletableFuture.supplyAsync(this::labels).join();
            assertEquals(List.of(), seenElsewhere, "the write is on the transaction's connection, not committed yet");
        });

        assertEquals(List.of("one"), CompletableFuture.supplyAsync(this::labels).get(10, TimeUnit.SECONDS));
    }

    @Test
    void insertIfAbsentKeepsTheFirstRowAndSaysWhetherItInserted() {
        assertTrue(sql.insertIfAbsent("probe", "id, label", "id", 1, "first"));
        assertFalse(transactions.inTransaction(() -> sql.insertIfAbsent("probe", "id, label", "id", 1, "second")));
        assertEquals(List.of("first"), labels());
    }

    @Test
    void upsertInsertsThenReplacesTheOtherColumns() {
        transactions.useTransaction(() -> {
            sql.upsert("probe", "id, label", "id", 1, "first");
            sql.upsert("probe", "id, label", "id", 1, "second");
        });
        assertEquals(List.of("second"), labels());
        assertEquals(Optional.of(1), sql.one("SELECT COUNT(*) AS n FROM probe", row -> row.getInt("n")));
    }

    private List<String> labels() {
        return sql.list("SELECT label FROM probe ORDER BY id", row -> row.getString("label"));
    }
}
