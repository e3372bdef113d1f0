package org.talksbot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Finds the items that answer an understood question. When the question names nothing the store
 * knows, only strong text matches count, so a question about something else gets no weak answer.
 */
final class QuestionSearch {

    /** How many items a question without names is checked against for strong matches. */
    private static final int GUARDED_POOL = 200;

    /** Items found (one page), whether only quotes were searched, and whether more follow. */
    record Found(List<IndexedItem> items, boolean quotesOnly, boolean more) {
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

    private static Found page(Question question, List<String> terms, List<String> named, IndexSnapshot index, int offset, int limit,
                              boolean newestFirst, boolean quotesOnly) {
        Query query = ItemQuery.of(question, terms, named, quotesOnly);
        if (query == null) {
            return new Found(List.of(), quotesOnly, false);
        }
        if (question.recognisedAnything()) {
            List<IndexedItem> items = index.search(query, offset, limit + 1, newestFirst);
            return new Found(items.subList(0, Math.min(limit, items.size())), quotesOnly, items.size() > limit);
        }
        List<IndexedItem> strong = new ArrayList<>();
        for (IndexedItem item : index.search(query, 0, GUARDED_POOL, newestFirst)) {
            if (isStrongMatch(index.terms(item), terms)) {
                strong.add(item);
            }
        }
        int from = Math.min(offset, strong.size());
        int to = Math.min(offset + limit, strong.size());
        return new Found(List.copyOf(strong.subList(from, to)), quotesOnly, strong.size() > to);
    }

    /** Most of the words (at least two, or the only one) appear in the item, spelt right or nearly. */
    static boolean isStrongMatch(Set<String> itemTerms, List<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        int needed = terms.size() == 1 ? 1 : Math.max(2, (int) Math.ceil(terms.size() * 0.6));
        int matched = 0;
        for (String term : terms) {
            if (itemTerms.contains(term) || nearlyContains(itemTerms, term)) {
                matched++;
            }
        }
        return matched >= needed;
    }

    private static boolean nearlyContains(Set<String> itemTerms, String term) {
        int edits = Words.allowedEdits(term);
        if (edits == 0) {
            return false;
        }
        for (String candidate : itemTerms) {
            if (Words.distance(term, candidate, edits) <= edits) {
                return true;
            }
        }
        return false;
    }

    /** Words as index terms (stemmed, stop words gone). */
    static List<String> terms(List<String> words, ItemAnalyzer analyzer) {
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(word -> terms.addAll(analyzer.terms(word)));
        return List.copyOf(terms);
    }
}
