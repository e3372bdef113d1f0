package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ItemAnalyzerTest {

    private static IndexSnapshot index;

    @BeforeAll
    static void buildIndex() {
        index = new ItemIndex(FixtureStore.load()).snapshot();
    }

    @Test
    void aWordIsAnalysedTheSameEachTimeAndTheCallerOwnsTheSetItGets() {
        Set<String> first = index.analyzer().terms("Closed roads");
        assertEquals(List.of("close", "road"), List.copyOf(first));
        first.clear();
        first.add("changed by the caller");
        assertEquals(List.of("close", "road"), List.copyOf(index.analyzer().terms("Closed roads")));
        assertTrue(index.analyzer().terms(null).isEmpty());
        assertTrue(index.analyzer().terms("the").isEmpty(), "a stop word leaves no term");
    }

    @Test
    void anItemsFoldedTextIsItsTextFoldedAsNamesAre() {
        for (IndexedItem item : index.items()) {
            assertEquals(Words.fold(item.body()), index.foldedBody(item), item.id());
            assertEquals(Words.fold(item.body()), index.foldedBody(item), item.id());
        }
    }
}
