package org.talksbot.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Finds the items that answer an understood question, a page at a time: for "who said" questions
 * quotes first, then (if none) events too; for "latest" and "who is" questions newest first.
 */
final class QuestionSearch {

    /** Items found (one page) and whether more follow. */
    record Found(List<IndexedItem> items, boolean more) {
        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    private QuestionSearch() {
    }

    static Found find(Question question, IndexSnapshot index, int offset, int limit) {
        List<String> terms = terms(question.otherWords(), index.analyzer());
        List<String> named = terms(question.namedWords(), index.analyzer());
        boolean newestFirst = question.intent() == Question.Intent.LATEST
                || question.intent() == Question.Intent.WHO_IS;
        if (question.intent() == Question.Intent.SAID) {
            Found quotes = page(question, terms, named, index, offset, limit, newestFirst, true);
            if (!quotes.isEmpty() || offset > 0) {
                return quotes;
            }
        }
        return page(question, terms, named, index, offset, limit, newestFirst, false);
    }

    private static Found page(Question question, List<String> terms, List<String> named, IndexSnapshot index,
                              int offset, int limit, boolean newestFirst, boolean quotesOnly) {
        Query query = ItemQuery.of(question, terms, named, quotesOnly, index::hasTerm);
        if (query == null) {
            return new Found(List.of(), false);
        }
        List<IndexedItem> items = index.search(query, offset, limit + 1, newestFirst);
        return new Found(items.subList(0, Math.min(limit, items.size())), items.size() > limit);
    }

    /** Words as index terms (stemmed, stop words gone). */
    static List<String> terms(List<String> words, ItemAnalyzer analyzer) {
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(word -> terms.addAll(analyzer.terms(word)));
        return List.copyOf(terms);
    }
}
