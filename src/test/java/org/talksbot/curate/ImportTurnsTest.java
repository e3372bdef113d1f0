package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;
import org.talksbot.store.ImportLock;

/**
 * Imports take turns: while one holds the import lock (here a transaction standing in for an import in
 * another process, over its own connection pool), a second waits, then runs on what the first left.
 * Separate processes sharing a file database are in SharedDatabaseTest.
 */
class ImportTurnsTest {

    @TempDir
    Path dir;

    @Test
    void anImportWaitsWhileAnotherHoldsTheStoreThenRuns() throws Exception {
        Path folder = Fixtures.curatedFolder(dir);
        Jdbi first = Database.inMemory("import-turns");
        Jdbi second = Database.inMemory("import-turns");
        try (Handle holding = first.open()) {
            holding.begin();
            ImportLock.acquire(holding);

            CompletableFuture<ImportReport> waiting = CompletableFuture.supplyAsync(
                    () -> new Curator(second).importPath(folder));
            Thread.sleep(2_500);
            assertFalse(waiting.isDone(), "the second import waits for the first");
            assertEquals(0, Fixtures.totalRows(second));

            holding.commit();
            ImportReport report = waiting.get(60, TimeUnit.SECONDS);
            assertTrue(report.changedAnything());
        }
        assertTrue(Fixtures.rowCounts(second).get("event") > 0);
    }
}
