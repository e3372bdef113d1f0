package org.talksbot.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.talksbot.CuratedCopies;
import org.talksbot.i18n.Language;
import org.talksbot.store.Database;
import org.talksbot.store.Event;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/**
 * The repository's real db/curated data loads cleanly, passes the curators' check, and every item is sourced
 * and linked; {@link CuratedDataOnExtendedDataTest} runs the same on a copy with a curator's addition.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratedDataTest {

    private Jdbi jdbi;
    private ImportReport report;

    Path folder() {
        return CuratedCopies.REAL;
    }

    @BeforeAll
    void loadRealData() {
        Assumptions.assumeTrue(Files.isDirectory(folder()), folder() + " is not in this checkout");
        jdbi = Database.inMemory("curated-data-" + UUID.randomUUID());
        report = new Curator(jdbi).importPath(folder());
    }

    @Test
    void everyItemOfTheFilesIsLoaded() {
        DataCounts files = DataCounts.of(folder());
        assertEquals(files.events(), count("SELECT COUNT(*) FROM event"), "events");
        assertEquals(files.quotes(), count("SELECT COUNT(*) FROM quote"), "quotes");
        assertEquals(files.events(), report.events().added().size());
        assertEquals(files.quotes(), report.quotes().added().size());
        assertTrue(files.events() > 0 && files.quotes() > 0);
    }

    @Test
    void theCuratorsCheckFindsNoProblem() {
        assertEquals(List.of(), DataCheck.run(folder(), LocalDate.now(ZoneOffset.UTC)));
    }

    @Test
    void theFirstLoadCountsPeopleTopicsAndPlacesAsAddedNotChanged() {
        assertEquals(0, report.referenceChanged(), report.summary());
        assertEquals(count("SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM topic) + "
                + "(SELECT COUNT(*) FROM place)"), report.referenceAdded());
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
        ImportReport again = new Curator(jdbi).importPath(folder());
        assertEquals(false, again.changedAnything(), again.describe());
    }

    /**
     * Translations are optional: an event or topic a curator adds without them reads English in every language
     * (the extended copy has one). Coverage is printed, not required.
     */
    @Test
    void everyTitleAndTopicNameReadsInEachLanguageTranslatedOrEnglish() {
        StoreReader store = new StoreReader(jdbi);
        List<Event> events = store.events().latest(count("SELECT COUNT(*) FROM event"), 0);
        List<Topic> topics = store.topics().all();
        assertEquals(DataCounts.of(folder()).events(), events.size());
        for (Event e : events) {
            assertEquals(e.title(), e.title(Language.EN));
            assertEquals(e.titleRu() == null ? e.title() : e.titleRu(), e.title(Language.RU), e.id());
            assertEquals(e.titleHy() == null ? e.title() : e.titleHy(), e.title(Language.HY), e.id());
        }
        for (Topic t : topics) {
            assertEquals(t.name(), t.name(Language.EN));
            assertEquals(t.nameRu() == null ? t.name() : t.nameRu(), t.name(Language.RU), t.id());
            assertEquals(t.nameHy() == null ? t.name() : t.nameHy(), t.name(Language.HY), t.id());
        }
        System.out.printf("%s: translated titles ru %d/%d, hy %d/%d; topic names ru %d/%d, hy %d/%d%n", folder(),
                events.stream().filter(e -> e.titleRu() != null).count(), events.size(),
                events.stream().filter(e -> e.titleHy() != null).count(), events.size(),
                topics.stream().filter(t -> t.nameRu() != null).count(), topics.size(),
                topics.stream().filter(t -> t.nameHy() != null).count(), topics.size());
    }

    private int count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
