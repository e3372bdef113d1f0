package org.talksbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.store.Person;

class FilterClausesTest {

    private static final String ROAD_CLOSED = "2022-06-01-fixture-road-closed";
    private static final String MEETING = "2023-02-10-fixture-meeting-in-stepanakert";
    private static final String TREATY_DRAFT = "2024-03-fixture-treaty-draft";
    private static final String ANNA_QUOTE = "q-2022-06-02-anna-fixture-road";
    private static final String BORIS_QUOTE = "q-2024-03-15-boris-example-treaty";
    private static IndexSnapshot index;

    @BeforeAll
    static void buildIndex() {
        index = new ItemIndex(FixtureStore.load()).snapshot();
    }

    /** Every item, narrowed by the filters only. */
    private static List<String> ids(Question question, ItemQuery.Filters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        FilterClauses.add(query, question, filters);
        return index.search(query.build(), 0, 10, false).stream().map(IndexedItem::id).sorted().toList();
    }

    private static Question question(List<Person> people, Question.Period period) {
        return new Question("test", Question.Intent.ANY, people, List.of(), List.of(), period, List.of(), List.of());
    }

    @Test
    void nothingAskedNarrowsNothing() {
        assertEquals(index.size(), ids(question(List.of(), null), ItemQuery.Filters.NONE).size());
    }

    @Test
    void aPeriodKeepsOnlyTheItemsWithinIt() {
        Question.Period year = new Question.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, "2022");
        assertEquals(List.of(ROAD_CLOSED, ANNA_QUOTE), ids(question(List.of(), year), ItemQuery.Filters.NONE));
    }

    @Test
    void aMonthOfAnyYearKeepsOnlyTheItemsOfThatMonth() {
        Question.Period march = new Question.Period(null, null, 3, "March");
        assertEquals(List.of(TREATY_DRAFT, BORIS_QUOTE), ids(question(List.of(), march), ItemQuery.Filters.NONE));
    }

    @Test
    void aKindAskedForKeepsOnlyThatKind() {
        Question any = question(List.of(), null);
        assertEquals(List.of(ANNA_QUOTE, BORIS_QUOTE), ids(any, ItemQuery.Filters.NONE.only(Question.Only.QUOTES)));
        assertEquals(List.of(ROAD_CLOSED, MEETING, TREATY_DRAFT),
                ids(any, ItemQuery.Filters.NONE.only(Question.Only.EVENTS)));
    }

    @Test
    void topicsAllowedKeepOnlyTheItemsOnThem() {
        assertEquals(List.of(MEETING),
                ids(question(List.of(), null), ItemQuery.Filters.NONE.onTopics(List.of("trade"))));
    }

    @Test
    void aNamedSpeakerKeepsOnlyTheirOwnQuotes() {
        Person anna = index.vocabulary().person("anna-fixture");
        assertEquals(List.of(ROAD_CLOSED, MEETING, TREATY_DRAFT, ANNA_QUOTE),
                ids(question(List.of(anna), null), ItemQuery.Filters.NONE));
    }
}
