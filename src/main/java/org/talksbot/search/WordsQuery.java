package org.talksbot.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The part of an item query made of the question's other words (those that name nothing): how many of
 * them an item must contain, and how each one matches (in the text or the names, by a word meaning the
 * same, or misspelt).
 */
final class WordsQuery {

    private WordsQuery() {
    }

    /**
     * How many of the other words an item must contain. With nothing recognised, most of them; with a
     * speaker and a subject named, none (a quote seldom repeats the question's words; they rank); "when is"
     * and "when will" ask about what has not happened, so every word must be there; a count needs half of
     * them; otherwise two in five.
     */
    static int needed(Question question, int n, ItemQuery.Filters filters) {
        if (filters.everyWord() || question.asksAboutTheFuture()) {
            return n;
        }
        if (!question.recognisedAnything()) {
            return wordsNeeded(n);
        }
        if (question.intent() == Question.Intent.SAID && question.namesSpeakers()
                && (!question.topics().isEmpty() || !question.places().isEmpty())) {
            return 0;
        }
        int kinds = (question.people().isEmpty() ? 0 : 1) + (question.topics().isEmpty() && question.places().isEmpty()
                ? 0 : 1) + (question.period() == null ? 0 : 1) + (question.sides().isEmpty() ? 0 : 1);
        if (kinds >= 2 && !filters.countsOnly()) {
            // who and what are both named: the other words only need to touch the item
            return 1;
        }
        return (int) Math.ceil(n * (filters.countsOnly() ? 0.5 : 0.4));
    }

    /** Of n words that name nothing, most must match: the only one, else at least two and 60%. */
    static int wordsNeeded(int n) {
        return n == 1 ? 1 : Math.max(2, (int) Math.ceil(n * 0.6));
    }

    /**
     * At least {@code needed} of the words, each in the text or the names, or a word meaning the same; a
     * word the index does not hold, six letters or more as a term, also matches its near spellings.
     */
    static Query of(List<List<String>> terms, int needed, IndexTerms inIndex) {
        return of(terms, needed, inIndex, 1.0f);
    }

    /** As above; the first word (the thing counted, in "how many soldiers …") weighs {@code firstWeight}. */
    static Query of(List<List<String>> terms, int needed, IndexTerms inIndex, float firstWeight) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (List<String> alternatives : terms) {
            if (alternatives != terms.get(0) || firstWeight == 1.0f) {
                words.add(word(alternatives, inIndex), Occur.SHOULD);
            } else {
                words.add(new BoostQuery(word(alternatives, inIndex), firstWeight), Occur.SHOULD);
            }
        }
        return words.setMinimumNumberShouldMatch(Math.min(needed, terms.size())).build();
    }

    private static Query word(List<String> alternatives, IndexTerms inIndex) {
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        for (int i = 0; i < alternatives.size(); i++) {
            String term = alternatives.get(i);
            float weight = i == 0 ? 1.0f : 0.7f;
            word.add(new BoostQuery(new TermQuery(new Term(IndexBuilder.TEXT, term)), weight), Occur.SHOULD);
            word.add(new BoostQuery(new TermQuery(new Term(IndexBuilder.NAMES, term)), weight * 0.5f),
                    Occur.SHOULD);
            // a short stem ("elect") is too near too many others for a typo to be guessed
            int edits = term.length() < 6 ? 0 : Words.allowedEdits(term);
            if (i == 0 && edits > 0 && !inIndex.hasTerm(term)) {
                word.add(new BoostQuery(inIndex.nearSpellings(term, edits), 0.5f), Occur.SHOULD);
            }
        }
        return word.build();
    }
}
