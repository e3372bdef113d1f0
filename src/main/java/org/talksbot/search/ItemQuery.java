package org.talksbot.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
                    Predicate<String> inIndex) {
        return of(question, otherTerms, namedTerms, Filters.NONE.only(quotesOnly ? Question.Only.QUOTES
                : question.only()), inIndex);
    }

    /**
     * The query, or null when the question gives nothing to search for. When the question names nothing,
     * most of its other words must match ({@link #wordsNeeded}), so only a strong text match answers it.
     */
    static Query of(Question question, List<List<String>> otherTerms, List<String> namedTerms, Filters filters,
                    Predicate<String> inIndex) {
        return of(question, otherTerms, namedTerms, List.of(), List.of(), filters, inIndex);
    }

    static Query of(Question question, List<List<String>> otherTerms, List<String> namedTerms,
                    List<List<String>> looseTerms, List<String> requiredNamed, Filters filters,
                    Predicate<String> inIndex) {
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
            int needed = needed(question, otherTerms.size(), filters);
            Query words = words(otherTerms, needed, inIndex, filters.countsOnly() ? 3.0f : 1.0f);
            if (needed > 0) {
                required.add(words);
            } else {
                query.add(words, Occur.SHOULD);
            }
        }
        if (!looseTerms.isEmpty()) {
            query.add(new BoostQuery(words(looseTerms, 0, inIndex), 2.0f), Occur.SHOULD);
        }
        if (isFuture(question)) {
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
        addFilters(query, question, filters);
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

    private static void addFilters(BooleanQuery.Builder query, Question question, Filters filters) {
        Question.Period period = question.period();
        if (period != null && period.from() != null) {
            query.add(LongPoint.newRangeQuery(IndexBuilder.DAY, day(period.from()), day(period.to())), Occur.FILTER);
        }
        if (period != null && period.monthOfYear() != null) {
            query.add(IntPoint.newExactQuery(IndexBuilder.MONTH, period.monthOfYear()), Occur.FILTER);
        }
        if (filters.only() != Question.Only.ANY) {
            query.add(kind(filters.only() == Question.Only.QUOTES ? IndexBuilder.QUOTE : IndexBuilder.EVENT),
                    Occur.FILTER);
        }
        if (filters.countsOnly()) {
            query.add(new TermQuery(new Term(IndexBuilder.COUNT, IndexBuilder.YES)), Occur.FILTER);
        }
        if (!filters.anyTopic().isEmpty()) {
            BooleanQuery.Builder topics = new BooleanQuery.Builder();
            filters.anyTopic().forEach(t -> topics.add(new TermQuery(new Term(IndexBuilder.TOPIC, t)), Occur.SHOULD));
            query.add(topics.build(), Occur.FILTER);
        }
        speakers(question).ifPresent(q -> query.add(q, Occur.FILTER));
    }

    /**
     * When the question names people or sides, a quote counts only if one of them said it, and with sides
     * an event only if one of its people is of them: no quote is ever shown under a speaker who did not say it.
     */
    private static Optional<Query> speakers(Question question) {
        if (!question.namesSpeakers()) {
            return Optional.empty();
        }
        BooleanQuery.Builder said = new BooleanQuery.Builder();
        question.people().forEach(p -> said.add(new TermQuery(new Term(IndexBuilder.SPEAKER, p.id())), Occur.SHOULD));
        question.sides().forEach(s -> said.add(new TermQuery(new Term(IndexBuilder.SIDE, s)), Occur.SHOULD));
        BooleanQuery.Builder quote = new BooleanQuery.Builder();
        quote.add(kind(IndexBuilder.QUOTE), Occur.FILTER);
        quote.add(said.build(), Occur.FILTER);
        BooleanQuery.Builder event = new BooleanQuery.Builder();
        event.add(kind(IndexBuilder.EVENT), Occur.FILTER);
        if (!question.sides().isEmpty()) {
            BooleanQuery.Builder sides = new BooleanQuery.Builder();
            question.sides().forEach(s -> sides.add(new TermQuery(new Term(IndexBuilder.SIDE, s)), Occur.SHOULD));
            event.add(sides.build(), Occur.FILTER);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(quote.build(), Occur.SHOULD);
        either.add(event.build(), Occur.SHOULD);
        return Optional.of(either.build());
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(IndexBuilder.KIND, kind));
    }

    /**
     * How many of the other words an item must contain. With nothing recognised, most of them; with a
     * speaker and a subject named, none (a quote seldom repeats the question's words; they rank); "when is"
     * and "when will" ask about what has not happened, so every word must be there; a count needs half of
     * them; otherwise two in five.
     */
    private static int needed(Question question, int n, Filters filters) {
        if (filters.everyWord() || isFuture(question)) {
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

    /** "When is …", "when will …", "the next …": a question about what has not happened (yet). */
    static boolean isFuture(Question question) {
        List<String> typed = Words.split(question.text());
        return question.intent() == Question.Intent.WHEN && typed.size() > 1
                && (typed.get(1).equals("is") || typed.get(1).equals("will") || typed.get(1).equals("are")
                || typed.contains("next"));
    }

    /** Of n words that name nothing, most must match: the only one, else at least two and 60%. */
    static int wordsNeeded(int n) {
        return n == 1 ? 1 : Math.max(2, (int) Math.ceil(n * 0.6));
    }

    /**
     * At least {@code needed} of the words, each in the text or the names, or a word meaning the same; a
     * word the index does not hold, of five letters or more, also matches its near spellings.
     */
    private static Query words(List<List<String>> terms, int needed, Predicate<String> inIndex) {
        return words(terms, needed, inIndex, 1.0f);
    }

    /** As above; the first word (the thing counted, in "how many soldiers …") weighs {@code firstWeight}. */
    private static Query words(List<List<String>> terms, int needed, Predicate<String> inIndex, float firstWeight) {
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

    private static Query word(List<String> alternatives, Predicate<String> inIndex) {
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        for (int i = 0; i < alternatives.size(); i++) {
            String term = alternatives.get(i);
            float weight = i == 0 ? 1.0f : 0.7f;
            word.add(new BoostQuery(new TermQuery(new Term(IndexBuilder.TEXT, term)), weight), Occur.SHOULD);
            word.add(new BoostQuery(new TermQuery(new Term(IndexBuilder.NAMES, term)), weight * 0.5f),
                    Occur.SHOULD);
            // a short stem ("elect") is too near too many others for a typo to be guessed
            int edits = term.length() < 6 ? 0 : Words.allowedEdits(term);
            if (i == 0 && edits > 0 && !inIndex.test(term)) {
                word.add(new BoostQuery(new FuzzyQuery(new Term(IndexBuilder.TEXT, term), edits, 1, 20, true),
                        0.5f), Occur.SHOULD);
            }
        }
        return word.build();
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
