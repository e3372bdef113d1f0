package org.talksbot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Finds the items that answer an understood question, a page at a time: for "who said" questions
 * quotes first, then (if none) events too; newest first when the latest is asked for.
 */
final class QuestionSearch {

    /** Items found (one page) and whether more follow; {@code quotesWanted} when a "said" question fell back to events. */
    record Found(List<IndexedItem> items, boolean more, boolean noQuotes) {
        Found(List<IndexedItem> items, boolean more) {
            this(items, more, false);
        }

        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    private QuestionSearch() {
    }

    static Found find(Question question, IndexSnapshot index, int offset, int limit) {
        return find(question, index, offset, limit, ItemQuery.Filters.NONE.only(question.only()));
    }

    static Found find(Question question, IndexSnapshot index, int offset, int limit, ItemQuery.Filters filters) {
        List<List<String>> terms = alternatives(question.otherWords(), index.analyzer());
        List<String> named = terms(question.namedWords(), index.analyzer());
        boolean newestFirst = question.newestFirst() || question.intent() == Question.Intent.WHO_IS;
        if (question.intent() == Question.Intent.SAID && filters.only() != Question.Only.EVENTS) {
            Found quotes = page(question, terms, named, index, offset, limit, newestFirst,
                    filters.only(Question.Only.QUOTES));
            if (!quotes.isEmpty() || offset > 0) {
                return quotes;
            }
            Found events = page(question, terms, named, index, offset, limit, newestFirst,
                    filters.only(Question.Only.EVENTS));
            return new Found(events.items(), events.more(), !events.isEmpty());
        }
        return page(question, terms, named, index, offset, limit, newestFirst, filters);
    }

    private static Found page(Question question, List<List<String>> terms, List<String> named, IndexSnapshot index,
                              int offset, int limit, boolean newestFirst, ItemQuery.Filters filters) {
        List<List<String>> loose = new ArrayList<>(alternatives(question.looseWords(), index.analyzer()));
        if (newestFirst) {
            // asked for the latest, a word most items carry ("Armenia") cannot say which are meant: it only ranks
            List<List<String>> common = terms.stream().filter(t -> index.inMostItems(t.get(0))).toList();
            loose.addAll(common);
            terms = terms.stream().filter(t -> !common.contains(t)).toList();
        }
        Query query = ItemQuery.of(question, terms, named, loose, subjectTerms(question, index.analyzer()), filters,
                index);
        if (query == null) {
            return new Found(List.of(), false);
        }
        List<IndexedItem> items = index.search(query, offset, limit + 1, newestFirst, limit);
        return new Found(items.subList(0, Math.min(limit, items.size())), items.size() > limit);
    }

    /** Words as index terms (stemmed, stop words gone), with the words meaning the same. */
    static List<String> terms(List<String> words, ItemAnalyzer analyzer) {
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(word -> Synonyms.of(word).forEach(w -> terms.addAll(analyzer.terms(w))));
        return List.copyOf(terms);
    }

    /** The terms of the words that named a topic or place (not a person), exactly as typed. */
    static List<String> subjectTerms(Question question, ItemAnalyzer analyzer) {
        Set<String> personWords = new LinkedHashSet<>();
        question.people().forEach(p -> personWords.addAll(Words.split(p.name())));
        Set<String> terms = new LinkedHashSet<>();
        question.namedWords().stream().filter(w -> !personWords.contains(w)).forEach(w -> terms.addAll(analyzer.terms(w)));
        return List.copyOf(terms);
    }

    /** Per word, its index terms and those of the words meaning the same; words that leave no term are dropped. */
    static List<List<String>> alternatives(List<String> words, ItemAnalyzer analyzer) {
        List<List<String>> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String word : words) {
            Set<String> own = analyzer.terms(word);
            if (own.isEmpty() || !seen.add(own.iterator().next())) {
                continue;
            }
            Set<String> terms = new LinkedHashSet<>(own);
            Synonyms.of(word).forEach(w -> terms.addAll(analyzer.terms(w)));
            all.add(List.copyOf(terms));
        }
        return all;
    }
}
