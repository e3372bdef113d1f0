package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/**
 * Separate talksbot processes sharing one H2 file database through AUTO_SERVER, as operators run them:
 * two imports at once, and a bot that starts while an import hosts the database which then exits.
 * Each test makes {@code -Dtalksbot.sharedDbTries} tries (2 by default; 20 to measure).
 */
class SharedDatabaseTest {

    private static final int TRIES = Integer.getInteger("talksbot.sharedDbTries", 2);
    private static final Path CURATED = Path.of("db/curated");
    private static final String COUNTS = "SELECT (SELECT COUNT(*) FROM event) || '/' || (SELECT COUNT(*) FROM quote)"
            + " || '/' || (SELECT COUNT(*) FROM person) || '/' || (SELECT COUNT(*) FROM topic)";

    private static String expectedCounts;
    private static List<String> newestTitles;
    private static String someoneNamed;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheCuratedDataInMemory() {
        Jdbi reference = Database.inMemory("shared-db-reference");
        new Curator(reference).importPath(CURATED);
        expectedCounts = reference.withHandle(h -> h.createQuery(COUNTS).mapTo(String.class).one());
        newestTitles = reference.withHandle(h -> h.createQuery(
                "SELECT title FROM event WHERE event_date = (SELECT MAX(event_date) FROM event)").mapTo(String.class).list());
        someoneNamed = reference.withHandle(h -> h.createQuery(
                "SELECT name FROM person WHERE kind = 'person' ORDER BY id LIMIT 1").mapTo(String.class).one());
    }

    @Test
    void twoImportsAtOnceOnAFreshDatabaseBothSucceedAndLoadEverything() throws InterruptedException {
        int failed = 0;
        for (int i = 0; i < TRIES; i++) {
            String url = fileUrl("imports-" + i);
            try (TalksbotProcess first = TalksbotProcess.start(Map.of("TALKSBOT_DB_URL", url), "import", "db/curated");
                 TalksbotProcess second = TalksbotProcess.start(Map.of("TALKSBOT_DB_URL", url), "import", "db/curated")) {
                int firstExit = first.waitFor(180);
                int secondExit = second.waitFor(180);
                failed += (firstExit == 0 ? 0 : 1) + (secondExit == 0 ? 0 : 1);
                assertEquals(0, firstExit, "try " + i + ": " + first.err());
                assertEquals(0, secondExit, "try " + i + ": " + second.err());
                assertTrue(first.out().startsWith("Imported db/curated") && second.out().startsWith("Imported db/curated"),
                        first.out() + second.out());
            }
            assertEquals(expectedCounts, counts(url), "try " + i);
        }
        System.out.printf("two imports at once: %d of %d imports failed in %d tries%n", failed, 2 * TRIES, TRIES);
    }

    @Test
    void aBotStartedWhileAnImportHostsTheDatabaseKeepsAnsweringAfterThatImportExits() throws InterruptedException {
        Random random = new Random(9);
        for (int i = 0; i < TRIES; i++) {
            Map<String, String> env = Map.of("TALKSBOT_DB_URL", fileUrl("bot-" + i));
            try (TalksbotProcess host = TalksbotProcess.startClass(ImportAndHold.class, env, "db/curated")) {
                awaitOutput(host, ImportAndHold.HOLDING);
                try (TalksbotProcess console = TalksbotProcess.start(env, "console")) {
                    // the import exits at some moment of the bot's start: opening, loading its data, indexing
                    Thread.sleep(random.nextInt(3_000));
                    host.closeInput();
                    assertEquals(0, host.waitFor(60), host.err());

                    console.type("/latest\n/who " + someoneNamed + "\n");
                    console.closeInput();

                    assertEquals(0, console.waitFor(180), "try " + i + ": " + console.err());
                    String replies = console.out();
                    assertFalse(replies.contains("went wrong"), "try " + i + ": " + replies + console.err());
                    assertTrue(newestTitles.stream().anyMatch(replies::contains), "try " + i + ": " + replies);
                    assertTrue(replies.contains(someoneNamed), "try " + i + ": " + replies);
                }
            }
        }
    }

    private String fileUrl(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).resolve("talksbot").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    /** The store's counts, read once both processes are gone (the connection closes the database again). */
    private static String counts(String url) {
        return Jdbi.create(url, "sa", "").withHandle(h -> h.createQuery(COUNTS).mapTo(String.class).one());
    }

    private static void awaitOutput(TalksbotProcess process, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!process.out().contains(text)) {
            assertTrue(process.isAlive() && System.nanoTime() < deadline, "never printed " + text + ": " + process.err());
            Thread.sleep(50);
        }
    }
}
