package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordsQueryTest {

    private static IndexSnapshot index;

    @BeforeAll
    static void buildIndex() {
        index = new ItemIndex(FixtureStore.load()).snapshot();
    }

    private static List<String> ids(List<String> words, int needed) {
        Query query = WordsQuery.of(QuestionSearch.alternatives(words, index.analyzer()), needed, index::hasTerm);
        return index.search(query, 0, 10, false).stream().map(IndexedItem::id).sorted().toList();
    }

    private static Question plain(String text, Question.Intent intent, Question.Period period) {
        return new Question(text, intent, List.of(), List.of(), List.of(), period, List.of(), List.of());
    }

    @Test
    void anItemMustHoldAtLeastTheWordsNeeded() {
        assertEquals(List.of("2022-06-01-fixture-road-closed"), ids(List.of("road", "closed"), 2));
        assertEquals(List.of("2022-06-01-fixture-road-closed", "q-2022-06-02-anna-fixture-road",
                "q-2024-03-15-boris-example-treaty"), ids(List.of("road", "closed"), 1));
    }

    @Test
    void aMisspeltWordOfSixLettersMatchesItsNearSpellingsAShorterOneDoesNot() {
        assertEquals(List.of("2024-03-fixture-treaty-draft"), ids(List.of("exchnged"), 1));
        assertEquals(List.of(), ids(List.of("drfat"), 1));
    }

    @Test
    void theSnapshotKeepsAMisspeltWordsNearSpellingsAndTheyRankAsTheFuzzyQueryDoes() {
        List<List<String>> terms = QuestionSearch.alternatives(List.of("exchnged", "road"), index.analyzer());
        IndexTerms expandedEachTime = index::hasTerm;
        List<String> fuzzy = ranked(WordsQuery.of(terms, 0, expandedEachTime));
        assertTrue(fuzzy.contains("2024-03-fixture-treaty-draft") && fuzzy.size() > 1, fuzzy.toString());
        // the first time expands the word, the second reads what the snapshot kept
        assertEquals(fuzzy, ranked(WordsQuery.of(terms, 0, index)));
        assertEquals(fuzzy, ranked(WordsQuery.of(terms, 0, index)));
        assertSame(index.nearSpellings("exchng", 1), index.nearSpellings("exchng", 1));
    }

    private static List<String> ranked(Query query) {
        return index.search(query, 0, 10, false).stream().map(IndexedItem::id).toList();
    }

    @Test
    void mostWordsMustMatchWhenTheQuestionNamesNothing() {
        assertEquals(1, WordsQuery.wordsNeeded(1));
        assertEquals(2, WordsQuery.wordsNeeded(2));
        assertEquals(2, WordsQuery.wordsNeeded(3));
        assertEquals(3, WordsQuery.wordsNeeded(5));
        assertEquals(6, WordsQuery.wordsNeeded(10));
        assertEquals(2, WordsQuery.needed(plain("what was the road", Question.Intent.ANY, null), 3,
                ItemQuery.Filters.NONE));
    }

    @Test
    void aQuestionAboutTheFutureNeedsEveryWord() {
        assertEquals(3, WordsQuery.needed(plain("when is the referendum", Question.Intent.WHEN, null), 3,
                ItemQuery.Filters.NONE));
        assertEquals(2, WordsQuery.needed(plain("when was the referendum", Question.Intent.WHEN, null), 3,
                ItemQuery.Filters.NONE));
    }

    @Test
    void somethingNamedLetsTwoWordsInFiveDoAndACountHalf() {
        Question.Period year = new Question.Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, "2023");
        Question dated = plain("road closed in 2023", Question.Intent.ANY, year);
        assertEquals(2, WordsQuery.needed(dated, 5, ItemQuery.Filters.NONE));
        assertEquals(3, WordsQuery.needed(dated, 5, ItemQuery.Filters.NONE.counts()));
        assertEquals(5, WordsQuery.needed(dated, 5, ItemQuery.Filters.NONE.allWords()));
    }
}
