package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.ask.Item;
import org.talksbot.core.Request;
import org.talksbot.curate.Curator;

class ItemIndexTest {

    private final Jdbi jdbi = FixtureStore.load();
    private final ItemIndex index = new ItemIndex(jdbi);
    private final QuestionAnswerer answerer = new QuestionAnswerer(index, FixtureStore.CLOCK);
    private final LuceneItemSearch search = new LuceneItemSearch(index, FixtureStore.CLOCK);

    private List<String> searchIds(String words) {
        return search.search(words, 5).stream().map(Item::id).toList();
    }

    @Test
    void newItemsAreFoundRightAfterAnImport() {
        assertTrue(searchIds("bridge").isEmpty());
        new Curator(jdbi).importPath(FixtureStore.ADDITION);
        assertEquals(List.of("2024-09-09-fixture-cargo-crossing"), searchIds("bridge"));
        assertTrue(answerer.answer(Request.privateMessage(1, "when did the first cargo cross the bridge?")).html()
                .contains("First cargo crosses the new bridge"));
    }

    @Test
    void refreshPicksUpChangesMadeWithoutAnImport() {
        assertEquals(List.of(), searchIds("ferry"));
        jdbi.useHandle(h -> h.execute(
                "UPDATE event SET summary = 'A test event: a ferry was chartered.' WHERE id = '2024-03-fixture-treaty-draft'"));
        index.refresh();
        assertEquals(List.of("2024-03-fixture-treaty-draft"), searchIds("ferry"));
    }

    @Test
    void aQueryDuringARebuildKeepsTheOldIndex() {
        IndexSnapshot before = index.snapshot();
        new Curator(jdbi).importPath(FixtureStore.ADDITION);
        IndexSnapshot after = index.snapshot();
        assertFalse(before == after);
        assertEquals(5, before.size(), "the old snapshot is never changed");
        assertEquals(6, after.size());
    }

    @Test
    void everySpellingOfAPlaceFindsTheSameItems() {
        List<String> lachin = searchIds("lachin road").stream().sorted().toList();
        assertEquals(lachin, searchIds("Berdzor road").stream().sorted().toList());
        assertEquals(lachin, searchIds("Laçın road").stream().sorted().toList());
        assertTrue(lachin.contains("q-2022-06-02-anna-fixture-road"), "the quote says Berdzor: " + lachin);
        assertEquals(searchIds("Stepanakert"), searchIds("khankendi"));
    }

    @Test
    void aMisspeltWordIsFoundFuzzily() {
        assertEquals(List.of("2024-03-fixture-treaty-draft"), searchIds("exchnaged drafts"));
    }

    @Test
    void aDateNarrowsTheResults() {
        assertEquals(List.of("2022-06-01-fixture-road-closed", "q-2022-06-02-anna-fixture-road"),
                searchIds("Anna Fixture June 2022").stream().sorted().toList());
        assertEquals(List.of("2023-02-10-fixture-meeting-in-stepanakert"), searchIds("anna fixture 2023"));
    }

    @Test
    void equalMatchesComeNewestFirst() {
        assertEquals(List.of("q-2024-03-15-boris-example-treaty", "2024-03-fixture-treaty-draft"),
                searchIds("treaty"));
    }
}
