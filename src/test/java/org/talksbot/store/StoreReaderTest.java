package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoreReaderTest {

    private static StoreReader store;

    @BeforeAll
    static void load() {
        store = new StoreReader(TestStore.standard().jdbi());
    }

    @Test
    void latestEventsComeNewestFirstWithTheirFirstSource() {
        List<Event> events = store.events().latest(3, 0);
        assertEquals(3, events.size());
        assertTrue(events.get(0).eventDate().isAfter(events.get(1).eventDate()));
        assertEquals("U.S. State Department", events.get(0).sourceName(), "the first of its two sources");
        assertEquals(Precision.DAY, events.get(0).datePrecision());
    }

    @Test
    void pagingByOffsetContinuesWhereThePageEnded() {
        List<Event> all = store.events().latest(10, 0);
        assertEquals(all.subList(5, 10), store.events().latest(5, 5));
    }

    @Test
    void monthPrecisionMapsFromTheLowerCaseColumn() {
        Event event = store.events().byId("2022-12-border-commission").orElseThrow();
        assertEquals(Precision.MONTH, event.datePrecision());
        assertEquals("2022-12", event.date().toString());
        assertEquals("Brussels", event.place());
    }

    @Test
    void eventDetailsHaveAllSourcesInOrderPeopleTopicsAndQuotes() {
        EventDetails details = store.eventDetails("2023-07-10-blinken-talks").orElseThrow();
        assertEquals(List.of(new Source("https://state.gov/talks?a=1&b=2", "U.S. State Department"),
                new Source("https://asbarez.com/talks", "Asbarez")), details.sources());
        assertEquals("State Department", details.quotes().get(0).sourceName());
        assertEquals("antony-blinken", details.people().get(0).id());
        assertEquals(2, details.topics().size());
        assertTrue(details.topics().get(0).main(), "main topics come first");
    }

    @Test
    void topicPagesReadTheSameNewestItemsWhetherTheRecentScanFillsThemOrNot() {
        for (int limit : new int[] {1, 2, 100}) {
            assertEquals(store.events().byTopic("lachin-corridor", limit, 0),
                    store.newestEventsOnTopic("lachin-corridor", limit));
            assertEquals(store.quotes().byTopic("lachin-corridor", limit, 0),
                    store.newestQuotesOnTopic("lachin-corridor", limit));
        }
        assertFalse(store.newestEventsOnTopic("lachin-corridor", 2).isEmpty());
        assertTrue(store.newestQuotesOnTopic("no-such-topic", 5).isEmpty());
    }

    @Test
    void personCardsReadTheSameNewestEventsWhetherTheRecentScanFillsThemOrNot() {
        for (int limit : new int[] {1, 2, 100}) {
            assertEquals(store.events().byPerson("antony-blinken", limit),
                    store.newestEventsOf("antony-blinken", limit));
        }
        assertFalse(store.newestEventsOf("antony-blinken", 1).isEmpty());
        assertTrue(store.newestEventsOf("no-such-person", 5).isEmpty());
    }

    @Test
    void unknownEventHasNoDetails() {
        assertTrue(store.eventDetails("no-such-event").isEmpty());
    }

    @Test
    void quotesCarryTheSpeakerNameAndRole() {
        Quote quote = store.quotes().byPerson("antony-blinken", 5, 0).get(0);
        assertEquals("Antony Blinken", quote.speaker());
        assertEquals("U.S. Secretary of State", quote.speakerRole());
        assertEquals("Peace is within reach <b>now</b> & we must seize it.", quote.text());
    }

    @Test
    void quotesByPersonAndTopicNarrowBoth() {
        assertEquals(6, store.quotes().byPersonAndTopic("nikol-pashinyan", "lachin-corridor", 10, 0).size());
        assertTrue(store.quotes().byPersonAndTopic("antony-blinken", "border-delimitation", 10, 0).isEmpty());
        assertEquals(7, store.quotes().byTopic("lachin-corridor", 10, 0).size());
    }

    @Test
    void aPersonsQuotesComeNewestFirstAndPagesContinueWhereTheyEnded() {
        List<Quote> all = store.quotes().byPerson("nikol-pashinyan", 100, 0);
        List<Quote> newestFirst = all.stream().sorted(Comparator.comparing(Quote::quoteDate)
                .thenComparing(Quote::id).reversed()).toList();
        assertEquals(newestFirst, all);
        assertEquals(all.subList(2, 4), store.quotes().byPerson("nikol-pashinyan", 2, 2));
        List<Quote> onLachin = store.quotes().byPersonAndTopic("nikol-pashinyan", "lachin-corridor", 10, 0);
        assertEquals(onLachin.subList(1, 3),
                store.quotes().byPersonAndTopic("nikol-pashinyan", "lachin-corridor", 2, 1));
    }

    @Test
    void eventsBetweenDatesAreOldestFirstAndInclusive() {
        List<Event> events = store.events().between(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 16), 10, 0);
        assertEquals(3, events.size());
        assertEquals(LocalDate.of(2023, 1, 2), events.get(0).eventDate());
    }

    @Test
    void wordSearchNeedsEveryWordInAnyCase() {
        assertEquals(1, store.eventsWithWords(List.of("LACHIN", "washington"), 10).size());
        assertTrue(store.eventsWithWords(List.of("lachin", "moscow"), 10).isEmpty());
        assertEquals(1, store.quotesWithWords(List.of("seize", "press"), 10).size());
    }

    @Test
    void likeWildcardsInSearchWordsAreTakenLiterally() {
        assertTrue(store.eventsWithWords(List.of("%"), 10).isEmpty());
        assertTrue(store.eventsWithWords(List.of("meeting_number"), 10).isEmpty());
        assertEquals(List.of("%50!%%", "%a!_b%", "%", "%", "%", "%"),
                StoreReader.likePatterns(List.of("50%", "A_B")));
    }

    @Test
    void peopleAreFoundByLowerCaseAlias() {
        assertEquals("antony-blinken", store.people().byAlias("secretary blinken").orElseThrow().id());
        assertEquals("lachin-corridor", store.topics().byAlias("berdzor").orElseThrow().id());
    }

    @Test
    void mostActivePeopleComeBeforeOrganisations() {
        List<Person> people = store.people().mostActive(10);
        assertEquals("nikol-pashinyan", people.get(0).id());
        assertEquals("european-union", people.get(people.size() - 1).id());
    }

    @Test
    void namesIncludeIdsDisplayNamesAndAliases() {
        List<Alias> names = store.topics().names();
        assertTrue(names.contains(new Alias("lachin-corridor", "lachin-corridor")));
        assertTrue(names.contains(new Alias("lachin-corridor", "Lachin corridor")));
        assertTrue(names.contains(new Alias("lachin-corridor", "berdzor")));
        assertFalse(store.people().names().isEmpty());
    }

    @Test
    void countsSummariseTheStore() {
        StoreCounts counts = store.events().counts();
        assertEquals(26, counts.events());
        assertEquals(7, counts.quotes());
        assertEquals(LocalDate.of(2022, 12, 1), counts.firstEvent());
        assertEquals(4, counts.people());
        assertTrue(counts.publishers() >= 5);
    }
}
