package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The curator's steps of the README on a copy of db/curated with one event and one quote added: check finds
 * nothing, the dry run and the import name exactly the two new items, and a second import changes nothing.
 */
class CuratorStepsTest {

    private final Config config = new Config(Optional.empty(), Config.DEFAULT_API_URL,
            "jdbc:h2:mem:curator-steps-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Set.of());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void addingAnEventAndAQuoteByTheReadmesStepsChecksAndImportsCleanly() {
        String copy = CuratedCopies.extended().toString();
        assertEquals(0, run("import", CuratedCopies.REAL.toString()), text(err));

        assertEquals(0, run("check", copy), text(err));
        assertEquals(0, run("import", "--dry-run", copy), text(err));
        assertTrue(text(out).contains("events: 1 added, 0 changed\n  added: " + CuratedCopies.ADDED_EVENT + "\n"
                + "quotes: 1 added, 0 changed\n  added: " + CuratedCopies.ADDED_QUOTE + "\n"
                + "people/topics/places: 0 added, 0 changed"), text(out));
        assertEquals(0, run("import", copy), text(err));
        assertTrue(text(out).contains("Imported " + copy + ":\nevents: 1 added"), text(out));
        assertEquals(0, run("import", copy), text(err));
        assertTrue(text(out).startsWith("Imported " + copy + ": nothing new"), text(out));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.execute(config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
