package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.store.Database;

/** {@code talksbot import [--dry-run] PATH}: what it prints and the exit code it returns. */
class MainImportTest {

    private static final String EVENT = """
            people:
              - {id: antony-blinken, name: Antony Blinken, kind: person, aliases: [blinken]}
            topics:
              - {id: mediation-us, name: US mediation, main: false, background: "Talks hosted by the U.S.",
                 aliases: [us mediation]}
            events:
              - id: 2023-05-washington-round
                date: "2023-05"
                title: Talks in Washington
                summary: The ministers met in Washington.
                people: [antony-blinken]
                topics: [mediation-us]
                sources: [{url: "https://example.org/may", name: Example}]
            """;

    @TempDir
    Path dir;

    private final String dbName = "main-import-" + UUID.randomUUID();
    private final Config config = new Config(Optional.empty(), Config.DEFAULT_API_URL,
            "jdbc:h2:mem:" + dbName + ";DB_CLOSE_DELAY=-1", Set.of());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importPrintsWhatWasAddedAndExitsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("round.yaml"), EVENT);

        int exit = run("import", file.toString());

        assertEquals(0, exit, text(err));
        assertTrue(text(out).startsWith("Imported " + file + ":\nevents: 1 added, 0 changed\n"
                + "  added: 2023-05-washington-round\nquotes: nothing added or changed\n"
                + "people/topics/places: 2 added, 0 changed\nstore revision: 1"), text(out));
        assertEquals(1, count("SELECT COUNT(*) FROM event"));
    }

    @Test
    void secondImportSaysNothingIsNew() throws IOException {
        Path file = Files.writeString(dir.resolve("round.yaml"), EVENT);
        run("import", file.toString());
        out.reset();

        assertEquals(0, run("import", file.toString()));
        assertTrue(text(out).startsWith("Imported " + file + ": nothing new"), text(out));
    }

    @Test
    void dryRunPrintsWhatWouldChangeAndWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("round.yaml"), EVENT);

        int exit = run("import", "--dry-run", file.toString());

        assertEquals(0, exit, text(err));
        assertTrue(text(out).startsWith("Dry run: nothing was changed. Importing " + file + " would do this:\n"
                + "events: 1 added, 0 changed\n  added: 2023-05-washington-round\n"), text(out));
        assertEquals(0, count("SELECT COUNT(*) FROM event"));
    }

    @Test
    void brokenFileFailsWithTheErrorLinesAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("round.yaml"), EVENT.replace("\"2023-05\"", "\"May 2023\""));

        int exit = run("import", file.toString());

        assertEquals(1, exit);
        assertEquals("Import failed, nothing was changed:\n" + file + ": line 8: event 2023-05-washington-round: "
                + "field 'date': expected YYYY, YYYY-MM or YYYY-MM-DD, got 'May 2023'\n", text(err));
        assertEquals("", text(out));
        assertEquals(0, count("SELECT COUNT(*) FROM person"));
    }

    @Test
    void missingPathSaysSoAndExitsOne() {
        Path missing = dir.resolve("no-such.yaml");

        assertEquals(1, run("import", missing.toString()));
        assertEquals("No such file or folder: " + missing + "\n", text(err));
    }

    @Test
    void aDatabaseUrlH2RefusesIsNamedInOneLineAndExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("round.yaml"), EVENT);
        Config refused = new Config(Optional.empty(), Config.DEFAULT_API_URL, "jdbc:h2:mem:x;NO_SUCH_SETTING=1", Set.of());

        int exit = Main.execute(refused, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "import", file.toString());

        assertEquals(2, exit);
        assertEquals(1, text(err).lines().count(), text(err));
        assertTrue(text(err).startsWith("talksbot cannot open the database TALKSBOT_DB_URL=jdbc:h2:mem:x;NO_SUCH_SETTING=1")
                && text(err).contains("NO_SUCH_SETTING"), text(err));
    }

    private int run(String... args) {
        return Main.execute(config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private int count(String sql) {
        Jdbi jdbi = Database.inMemory(dbName);
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
