package org.talksbot.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.talksbot.store.Person;

/**
 * Builds the Lucene query for an understood question, term by term: user text is never parsed as
 * query syntax. Named people and subjects must match, dates filter, the other words rank (misspelt
 * ones fuzzily), and matches on names weigh more than matches in the text.
 */
final class ItemQuery {

    /** What being an event adds to the score when the question asks when, where or what happened. */
    private static final float EVENT_PREFERENCE = 3.0f;

    private ItemQuery() {
    }

    /**
     * The query, or null when the question gives nothing to search for. When the question names nothing,
     * most of its other words must match ({@link #wordsNeeded}), so only a strong text match answers it.
     */
    static Query of(Question question, List<String> otherTerms, List<String> namedTerms, boolean quotesOnly,
                    Predicate<String> inIndex) {
        List<Query> required = new ArrayList<>();
        people(question, true).ifPresent(required::add);
        subject(question).ifPresent(required::add);
        if (!otherTerms.isEmpty()) {
            int needed = question.recognisedAnything() ? 1 : wordsNeeded(otherTerms.size());
            required.add(words(otherTerms, needed, inIndex));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Optional<Query> institutions = people(question, false);
        if (required.isEmpty()) {
            if (institutions.isPresent()) {
                required.add(institutions.get());
            } else if (question.period() != null || question.intent() == Question.Intent.LATEST) {
                required.add(new MatchAllDocsQuery());
            } else {
                return null;
            }
        } else {
            institutions.ifPresent(q -> query.add(q, Occur.SHOULD));
        }
        required.forEach(q -> query.add(q, Occur.MUST));
        namedTerms.forEach(term -> query.add(new TermQuery(new Term(IndexBuilder.TEXT, term)), Occur.SHOULD));
        addFilters(query, question.period(), quotesOnly);
        if (!quotesOnly && prefersEvents(question.intent())) {
            query.add(new BoostQuery(new ConstantScoreQuery(
                    new TermQuery(new Term(IndexBuilder.KIND, IndexBuilder.EVENT))), EVENT_PREFERENCE), Occur.SHOULD);
        }
        return query.build();
    }

    /** Any of the named people (or institutions and countries); a person's own quotes weigh more. */
    private static Optional<Query> people(Question question, boolean persons) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (Person person : question.people()) {
            if (isPerson(person) != persons) {
                continue;
            }
            found = true;
            Query mentioned = new TermQuery(new Term(IndexBuilder.PERSON, person.id()));
            any.add(new BoostQuery(mentioned, persons ? 3.0f : 2.0f), Occur.SHOULD);
            if (persons) {
                any.add(new TermQuery(new Term(IndexBuilder.SPEAKER, person.id())), Occur.SHOULD);
            }
        }
        return found ? Optional.of(any.build()) : Optional.empty();
    }

    /** Any of the named topics (by tag) or places (by any spelling in the text). */
    private static Optional<Query> subject(Question question) {
        if (question.topics().isEmpty() && question.places().isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder subject = new BooleanQuery.Builder();
        question.topics().forEach(t -> subject.add(
                new BoostQuery(new TermQuery(new Term(IndexBuilder.TOPIC, t.id())), 2.0f), Occur.SHOULD));
        question.places().forEach(p -> subject.add(
                new BoostQuery(new TermQuery(new Term(IndexBuilder.TEXT, p.token())), 1.5f), Occur.SHOULD));
        return Optional.of(subject.build());
    }

    private static void addFilters(BooleanQuery.Builder query, Question.Period period, boolean quotesOnly) {
        if (period != null && period.from() != null) {
            query.add(LongPoint.newRangeQuery(IndexBuilder.DAY, day(period.from()), day(period.to())), Occur.FILTER);
        }
        if (period != null && period.monthOfYear() != null) {
            query.add(IntPoint.newExactQuery(IndexBuilder.MONTH, period.monthOfYear()), Occur.FILTER);
        }
        if (quotesOnly) {
            query.add(new TermQuery(new Term(IndexBuilder.KIND, IndexBuilder.QUOTE)), Occur.FILTER);
        }
    }

    /** Of n words that name nothing, most must match: the only one, else at least two and 60%. */
    static int wordsNeeded(int n) {
        return n == 1 ? 1 : Math.max(2, (int) Math.ceil(n * 0.6));
    }

    /**
     * At least {@code needed} of the words, each in the text or the names; a word the index does not
     * hold, of five letters or more, also matches its near spellings.
     */
    private static Query words(List<String> terms, int needed, Predicate<String> inIndex) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            word.add(new TermQuery(new Term(IndexBuilder.TEXT, term)), Occur.SHOULD);
            word.add(new BoostQuery(new TermQuery(new Term(IndexBuilder.NAMES, term)), 0.5f), Occur.SHOULD);
            int edits = Words.allowedEdits(term);
            if (edits > 0 && !inIndex.test(term)) {
                word.add(new BoostQuery(new FuzzyQuery(new Term(IndexBuilder.TEXT, term), edits, 1, 20, true), 0.5f),
                        Occur.SHOULD);
            }
            words.add(word.build(), Occur.SHOULD);
        }
        return words.setMinimumNumberShouldMatch(Math.min(needed, terms.size())).build();
    }

    /** People must match; institutions and countries, linked less consistently, only rank. */
    static boolean isPerson(Person person) {
        return "person".equalsIgnoreCase(person.kind());
    }

    private static boolean prefersEvents(Question.Intent intent) {
        return intent == Question.Intent.HAPPENED || intent == Question.Intent.WHEN
                || intent == Question.Intent.WHERE;
    }

    private static long day(LocalDate date) {
        return date.toEpochDay();
    }
}
