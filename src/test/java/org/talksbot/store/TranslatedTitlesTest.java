package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;

/** Curated Russian and Armenian titles and topic names, read by every query; English where one is missing. */
class TranslatedTitlesTest {

    private static final String TALKS = "2023-07-10-blinken-talks";
    private static final String BORDER = "2022-12-border-commission";
    private static TestStore fixture;
    private static StoreReader store;

    @BeforeAll
    static void load() {
        fixture = TestStore.standard()
                .eventTitles(TALKS, "Переговоры о Лачине и торговле", "Բանակցություններ Լաչինի և առևտրի մասին")
                .eventTitles(BORDER, "Пограничные комиссии встречаются", null)
                .topicNames("lachin-corridor", "Лачинский коридор", "Լաչինի միջանցք")
                .topicNames("border-delimitation", null, "Սահմանազատում");
        store = new StoreReader(fixture.jdbi());
    }

    @Test
    void titleFallsBackToEnglishWhenNoTranslation() {
        Event border = store.events().byId(BORDER).orElseThrow();
        assertEquals("Пограничные комиссии встречаются", border.title(Language.RU));
        assertEquals("Border commissions meet", border.title(Language.HY));
        assertEquals("Border commissions meet", border.title(Language.EN));
        assertEquals("Border commissions meet", border.title(), "title() stays English");

        Event untranslated = store.events().byId("e-2023-01-02-meeting-0").orElseThrow();
        for (Language language : Language.values()) {
            assertEquals(untranslated.title(), untranslated.title(language));
        }
    }

    @Test
    void topicNameFallsBackToEnglishWhenNoTranslation() {
        Topic border = store.topics().byId("border-delimitation").orElseThrow();
        assertEquals("Border delimitation", border.name(Language.RU));
        assertEquals("Սահմանազատում", border.name(Language.HY));
        assertEquals("Border delimitation", border.name(), "name() stays English");
        Topic us = store.topics().byId("mediation-us").orElseThrow();
        assertEquals("U.S. mediation", us.name(Language.RU));
        assertEquals("U.S. mediation", us.name(Language.HY));
    }

    @Test
    void aBlankOrAbsentLanguageReadsEnglish() {
        Event blank = new Event("e", LocalDate.of(2023, 1, 1), Precision.DAY, "Talks", "S.", null, "u", "n", " ", "");
        assertEquals("Talks", blank.title(Language.RU));
        assertEquals("Talks", blank.title(Language.HY));
        assertEquals("Talks", blank.title(null));
        Topic topic = new Topic("t", "Trade", null, false, null);
        assertEquals("Trade", topic.name(Language.HY), "the constructor without translations leaves them out");
    }

    @Test
    void everyEventQueryReadsTheTranslatedTitles() {
        Event expected = store.events().byId(TALKS).orElseThrow();
        assertEquals("Переговоры о Лачине и торговле", expected.title(Language.RU));
        assertEquals("Բանակցություններ Լաչինի և առևտրի մասին", expected.title(Language.HY));
        assertEquals("Talks on <b>Lachin</b> & trade", expected.title(Language.EN));

        assertTrue(store.events().latest(5, 0).contains(expected));
        assertEquals(List.of(expected), store.events().byTopic("mediation-us", 5, 0));
        assertEquals(List.of(expected), store.newestEventsOnTopic("mediation-us", 5));
        assertEquals(List.of(expected), store.events().byPerson("antony-blinken", 5));
        assertEquals(List.of(expected), store.newestEventsOf("antony-blinken", 5));
        assertEquals(List.of(expected), store.events().between(LocalDate.of(2023, 7, 10), LocalDate.of(2023, 7, 10), 5, 0));
        assertEquals(expected, store.eventDetails(TALKS).orElseThrow().event());
    }

    @Test
    void everyTopicQueryReadsTheTranslatedNames() {
        Topic lachin = store.topics().byId("lachin-corridor").orElseThrow();
        assertEquals("Лачинский коридор", lachin.name(Language.RU));
        assertEquals("Լաչինի միջանցք", lachin.name(Language.HY));

        assertTrue(store.topics().all().contains(lachin));
        assertEquals(lachin, store.topics().byAlias("berdzor").orElseThrow());
        assertTrue(store.topics().byEvent(TALKS).contains(lachin));
        assertTrue(store.eventDetails(TALKS).orElseThrow().topics().contains(lachin));
    }

    @Test
    void translatedTopicNamesAreNamesTheTopicAnswersTo() {
        List<Alias> names = store.topics().names();
        assertTrue(names.contains(new Alias("lachin-corridor", "Лачинский коридор")));
        assertTrue(names.contains(new Alias("lachin-corridor", "Լաչինի միջանցք")));
        assertTrue(names.contains(new Alias("border-delimitation", "Սահմանազատում")));
        assertTrue(names.stream().noneMatch(alias -> alias.alias() == null), "no name for a missing translation");
    }

    @Test
    void wordSearchFindsAnEventByItsRussianOrArmenianTitle() {
        assertEquals(List.of(TALKS), ids(store.eventsWithWords(List.of("лачине", "ТОРГОВЛЕ"), 5)));
        assertEquals(List.of(TALKS), ids(store.eventsWithWords(List.of("առևտրի"), 5)));
        assertEquals(List.of(BORDER), ids(store.eventsWithWords(List.of("пограничные"), 5)));
    }

    @Test
    void aQueryWrittenBeforeTheTranslationsStillMapsEventsAndTopics() {
        // feature packages keep their own read queries; one that selects no translation column still maps
        Event event = fixture.jdbi().withHandle(h -> h.createQuery("""
                        SELECT e.id, e.event_date, UPPER(e.date_precision) AS date_precision, e.title, e.summary,
                               e.place, 'https://x.org' AS source_url, 'X' AS source_name
                          FROM event e WHERE e.id = :id""")
                .bind("id", TALKS).map(ConstructorMapper.of(Event.class)).one());
        Topic topic = fixture.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, name, command, main, background FROM topic WHERE id = 'lachin-corridor'")
                .map(ConstructorMapper.of(Topic.class)).one());

        assertEquals("Talks on <b>Lachin</b> & trade", event.title(Language.RU));
        assertEquals("Lachin corridor", topic.name(Language.HY));
        assertEquals("lachin", topic.command());
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }
}
