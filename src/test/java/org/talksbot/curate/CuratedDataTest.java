package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.store.Database;

/** The repository's real db/curated data loads cleanly and every item is sourced and linked. */
class CuratedDataTest {

    private static final Path REAL_DATA = Path.of("db/curated");
    private static Jdbi jdbi;
    private static ImportReport report;

    @BeforeAll
    static void loadRealData() {
        Assumptions.assumeTrue(Files.isDirectory(REAL_DATA), "db/curated is not in this checkout");
        jdbi = Database.inMemory("curated-data-" + UUID.randomUUID());
        report = new Curator(jdbi).importPath(REAL_DATA);
    }

    @Test
    void realDataHasAtLeastSixtyEventsAndNinetyQuotes() {
        assertTrue(count("SELECT COUNT(*) FROM event") >= 60, "events");
        assertTrue(count("SELECT COUNT(*) FROM quote") >= 90, "quotes");
        assertEquals(count("SELECT COUNT(*) FROM event"), report.events().added().size());
    }

    @Test
    void everyEventHasAWebSource() {
        assertEquals(0, count("SELECT COUNT(*) FROM event e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_source s WHERE s.event_id = e.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM event_source WHERE url NOT LIKE 'http://%' "
                + "AND url NOT LIKE 'https://%'"));
    }

    @Test
    void everyQuoteHasAWebSource() {
        assertEquals(0, count("SELECT COUNT(*) FROM quote WHERE source_url NOT LIKE 'http://%' "
                + "AND source_url NOT LIKE 'https://%' OR source_name = ''"));
    }

    @Test
    void noLinkPointsNowhere() {
        List<String> dangling = List.of(
                "SELECT COUNT(*) FROM event_person l LEFT JOIN person p ON p.id = l.person_id WHERE p.id IS NULL",
                "SELECT COUNT(*) FROM event_topic l LEFT JOIN topic t ON t.id = l.topic_id WHERE t.id IS NULL",
                "SELECT COUNT(*) FROM quote_topic l LEFT JOIN topic t ON t.id = l.topic_id WHERE t.id IS NULL",
                "SELECT COUNT(*) FROM quote q LEFT JOIN person p ON p.id = q.person_id WHERE p.id IS NULL",
                "SELECT COUNT(*) FROM quote q LEFT JOIN event e ON e.id = q.event_id "
                        + "WHERE q.event_id IS NOT NULL AND e.id IS NULL");
        dangling.forEach(sql -> assertEquals(0, count(sql), sql));
    }

    @Test
    void everyEventAndQuoteIsTagged() {
        assertEquals(0, count("SELECT COUNT(*) FROM event e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_topic t WHERE t.event_id = e.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM quote q WHERE NOT EXISTS "
                + "(SELECT 1 FROM quote_topic t WHERE t.quote_id = q.id)"));
    }

    @Test
    void importingTheRealDataAgainChangesNothing() {
        ImportReport again = new Curator(jdbi).importPath(REAL_DATA);
        assertEquals(false, again.changedAnything(), again.describe());
    }

    private static int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
