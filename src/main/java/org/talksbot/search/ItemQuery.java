package org.talksbot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.talksbot.store.Person;

/**
 * Builds the Lucene query for an understood question, term by term: user text is never parsed as
 * query syntax. Named people and subjects must match, dates filter, the other words rank (misspelt
 * ones fuzzily, each with the words meaning the same), and matches on names weigh more than matches
 * in the text. Quotes are only ever those of the people or sides the question names, if it names any.
 */
final class ItemQuery {

    /** What being an event adds to the score when the question asks when, where or what happened. */
    private static final float EVENT_PREFERENCE = 3.0f;

    /** What else narrows the items: which kinds, only those carrying a count, only some topics. */
    record Filters(Question.Only only, boolean countsOnly, Collection<String> anyTopic, boolean everything,
                   boolean partiesRequired, boolean subjectRequired, boolean everyWord) {
        static final Filters NONE = new Filters(Question.Only.ANY, false, List.of(), false, true, true, false);

        Filters only(Question.Only kind) {
            return new Filters(kind, countsOnly, anyTopic, everything, partiesRequired, subjectRequired, everyWord);
        }

        /** Only items that carry a count; what they are about ranks them rather than excludes them. */
        Filters counts() {
            return new Filters(only, true, anyTopic, everything, partiesRequired, false, everyWord);
        }

        /** Only items on one of these topics, the rest of the question ranking them, everything if nothing else. */
        Filters onTopics(Collection<String> topics) {
            return new Filters(only, countsOnly, topics, true, partiesRequired, subjectRequired, everyWord);
        }

        /** Every other word must be in the item. */
        Filters allWords() {
            return new Filters(only, countsOnly, anyTopic, everything, partiesRequired, subjectRequired, true);
        }
    }

    private ItemQuery() {
    }

    static Query of(Question question, List<List<String>> otherTerms, List<String> namedTerms, boolean quotesOnly,
                    IndexTerms inIndex) {
        return of(question, otherTerms, namedTerms, Filters.NONE.only(quotesOnly ? Question.Only.QUOTES
                : question.only()), inIndex);
    }

    /**
     * The query, or null when the question gives nothing to search for. When the question names nothing,
     * most of its other words must match ({@link WordsQuery#wordsNeeded}), so only a strong text match
     * answers it.
     */
    static Query of(Question question, List<List<String>> otherTerms, List<String> namedTerms, Filters filters,
                    IndexTerms inIndex) {
        return of(question, otherTerms, namedTerms, List.of(), List.of(), filters, inIndex);
    }

    static Query of(Question question, List<List<String>> otherTerms, List<String> namedTerms,
                    List<List<String>> looseTerms, List<String> requiredNamed, Filters filters,
                    IndexTerms inIndex) {
        List<Query> required = new ArrayList<>();
        if (filters.partiesRequired()) {
            people(question, true).ifPresent(required::add);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Optional<Query> subject = subject(question);
        if (filters.subjectRequired()) {
            subject.ifPresent(required::add);
        } else {
            subject.ifPresent(q -> query.add(q, Occur.SHOULD));
        }
        if (!otherTerms.isEmpty()) {
            int needed = WordsQuery.needed(question, otherTerms.size(), filters);
            Query words = WordsQuery.of(otherTerms, needed, inIndex, filters.countsOnly() ? 3.0f : 1.0f);
            if (needed > 0) {
                required.add(words);
            } else {
                query.add(words, Occur.SHOULD);
            }
        }
        if (!looseTerms.isEmpty()) {
            query.add(new BoostQuery(WordsQuery.of(looseTerms, 0, inIndex), 2.0f), Occur.SHOULD);
        }
        if (question.asksAboutTheFuture()) {
            // "when is the constitutional referendum": what has not happened must be named in the text itself
            requiredNamed.forEach(term -> required.add(new TermQuery(new Term(IndexBuilder.TEXT, term))));
        }
        if (required.isEmpty() && subject.isPresent()) {
            required.add(subject.get());
        }
        Optional<Query> institutions = people(question, false);
        if (required.isEmpty()) {
            if (institutions.isPresent() && filters.partiesRequired()) {
                required.add(institutions.get());
            } else if (question.period() != null || question.newestFirst() || filters.everything()
                    || !question.sides().isEmpty()) {
                required.add(new MatchAllDocsQuery());
            } else {
                return null;
            }
        } else {
            institutions.ifPresent(q -> query.add(q, Occur.SHOULD));
        }
        required.forEach(q -> query.add(q, Occur.MUST));
        namedTerms.forEach(term -> query.add(new TermQuery(new Term(IndexBuilder.TEXT, term)), Occur.SHOULD));
        FilterClauses.add(query, question, filters);
        if (filters.only() != Question.Only.QUOTES && (prefersEvents(question.intent()) || filters.countsOnly())) {
            // an event states a count plainly, a quote in passing: a lighter preference for counts
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexBuilder.KIND,
                    IndexBuilder.EVENT))), filters.countsOnly() ? 1.0f : EVENT_PREFERENCE), Occur.SHOULD);
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
        if (question.newestFirst() && !question.topics().isEmpty()) {
            // newest first, a place only mentioned in passing must not put an item of another topic on top
            BooleanQuery.Builder onTopic = new BooleanQuery.Builder();
            onTopic.add(subject.build(), Occur.MUST);
            question.places().forEach(p -> onTopic.add(new TermQuery(new Term(IndexBuilder.TEXT, p.token())),
                    Occur.SHOULD));
            return Optional.of(onTopic.build());
        }
        question.places().forEach(p -> subject.add(
                new BoostQuery(new TermQuery(new Term(IndexBuilder.TEXT, p.token())), 1.5f), Occur.SHOULD));
        return Optional.of(subject.build());
    }

    /** People must match; institutions and countries, linked less consistently, only rank. */
    static boolean isPerson(Person person) {
        return "person".equalsIgnoreCase(person.kind());
    }

    private static boolean prefersEvents(Question.Intent intent) {
        return intent == Question.Intent.HAPPENED || intent == Question.Intent.WHEN
                || intent == Question.Intent.WHERE;
    }
}
