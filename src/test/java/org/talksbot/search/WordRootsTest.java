package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.names.NameKey;

class WordRootsTest {

    private static List<String> forms(String word) {
        return WordRoots.forms(NameKey.fold(word));
    }

    @Test
    void aRussianWordKeepsItselfAndGainsItsRoot() {
        assertEquals(List.of("пашиняна", "пашинян"), forms("Пашиняна"));
        assertEquals(List.of("алиев", "али"), forms("Алиев"));
        // Алиев ends like a genitive plural: only the word itself meets the root of Алиева
        assertTrue(forms("Алиева").contains("алиев"));
    }

    @Test
    void anArmenianWordLosesItsArticleAndCaseEnding() {
        assertTrue(forms("Փաշինյանը").contains("փաշինյան"));
        assertTrue(forms("միջանցքի").contains("միջանցք"));
        assertTrue(forms("շրջափակման").contains(WordRoots.forms("շրջափակում").get(1)));
        assertTrue(forms("խաղաղության").contains("խաղաղություն"));
    }

    @Test
    void anArmenianStemThatDropsItsVowelIsIndexedBothWays() {
        assertTrue(WordRoots.indexForms("պայմանագիր").contains("պայմանագր"));
        assertTrue(forms("պայմանագրի").contains("պայմանագր"));
    }

    @Test
    void aLatinWordIsOnlyItself() {
        assertEquals(List.of("pashinyan"), forms("Pashinyan"));
    }
}
