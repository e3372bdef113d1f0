package org.talksbot.search;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What an item must be to answer at all, whatever it is about: in the period asked, of the kind asked,
 * carrying a count, on the topics allowed, and said by (or involving) the speakers named. Filters never
 * score, so they narrow the items without changing their order.
 */
final class FilterClauses {

    private FilterClauses() {
    }

    static void add(BooleanQuery.Builder query, Question question, ItemQuery.Filters filters) {
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

    private static long day(LocalDate date) {
        return date.toEpochDay();
    }
}
