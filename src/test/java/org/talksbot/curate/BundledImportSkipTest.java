package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;

class BundledImportSkipTest {

    private static final String CALL = "2023-03-20-blinken-pashinyan-call";

    @TempDir
    Path dir;

    private final Jdbi jdbi = Database.inMemory("bundled-skip-" + UUID.randomUUID());
    private Path curated;

    @BeforeEach
    void firstImport() {
        curated = Fixtures.curatedFolder(dir.resolve("db/curated"));
        assertTrue(new Curator(jdbi).importBundled(dir).changedAnything());
    }

    @Test
    void unchangedFilesAndStoreAreNotImportedAgain() {
        // a change made behind the curator's back shows whether the files were read into the store again
        jdbi.useHandle(h -> h.execute("UPDATE event SET title = 'edited in the database' WHERE id = ?", CALL));

        ImportReport again = new Curator(jdbi).importBundled(dir);

        assertFalse(again.changedAnything());
        assertEquals("edited in the database", title(CALL));
    }

    @Test
    void anEditedFileIsImported() {
        Fixtures.write(curated, "events/2023.yaml",
                Fixtures.EVENTS.replace("Talks in Washington", "Talks in Washington, second round"));

        ImportReport again = new Curator(jdbi).importBundled(dir);

        assertEquals(java.util.List.of("2023-05-washington-round"), again.events().changed());
        assertEquals("Talks in Washington, second round", title("2023-05-washington-round"));
    }

    @Test
    void anotherImportSinceTheLastBundledOneMakesTheNextOneRun() {
        Path other = Fixtures.write(dir.resolve("other"), "events.yaml", Fixtures.EVENTS.replace(
                "Blinken and Pashinyan speak by phone", "Changed by another import"));
        new Curator(jdbi).importPath(other);
        assertEquals("Changed by another import", title(CALL));

        ImportReport again = new Curator(jdbi).importBundled(dir);

        assertEquals(java.util.List.of(CALL), again.events().changed());
        assertEquals("Blinken and Pashinyan speak by phone", title(CALL));
    }

    private String title(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title FROM event WHERE id = ?").bind(0, id)
                .mapTo(String.class).one());
    }
}
