package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** The counts the ask answers write, with each language's plural forms (English one/other, Russian one/few/many, Armenian one/other). */
class PluralsTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages RU = Messages.of(Language.RU);
    private static final Messages HY = Messages.of(Language.HY);

    private static String counts(Messages messages, int quotes, int events) {
        return messages.get("ask.who.counts_newest", "quotes", quotes, "events", events);
    }

    @Test
    void englishSaysOneEventAndTwoEvents() {
        assertEquals("1 quote and 1 event in the store; the newest:", counts(EN, 1, 1));
        assertEquals("2 quotes and 2 events in the store; the newest:", counts(EN, 2, 2));
        assertEquals("0 quotes and 21 events in the store; the newest:", counts(EN, 0, 21));
        assertEquals("All 1 quote", EN.get("ask.who.all_quotes", "count", 1));
        assertEquals("All 7 quotes", EN.get("ask.who.all_quotes", "count", 7));
    }

    @Test
    void russianHasOneFewAndManyForms() {
        assertEquals("В хранилище: 1 цитата и 1 событие; самые новые:", counts(RU, 1, 1));
        assertEquals("В хранилище: 2 цитаты и 2 события; самые новые:", counts(RU, 2, 2));
        assertEquals("В хранилище: 5 цитат и 5 событий; самые новые:", counts(RU, 5, 5));
        assertEquals("В хранилище: 21 цитата и 21 событие; самые новые:", counts(RU, 21, 21));
        assertEquals("В хранилище: 11 цитат и 12 событий; самые новые:", counts(RU, 11, 12));
        assertEquals("Я показываю не больше 21 события за раз; вот последние 21.", RU.get("ask.latest.note", "max", 21));
        assertEquals("Я показываю не больше 20 событий за раз; вот последние 20.", RU.get("ask.latest.note", "max", 20));
    }

    @Test
    void armenianHasOneAndOtherWithTheNounInTheSingularAfterANumber() {
        assertEquals("Շտեմարանում՝ 1 մեջբերում և 1 իրադարձություն. ամենանորերը՝", counts(HY, 1, 1));
        assertEquals("Շտեմարանում՝ 2 մեջբերում և 5 իրադարձություն. ամենանորերը՝", counts(HY, 2, 5));
    }

    @Test
    void sourcesCountEveryKindWithItsPlural() {
        assertEquals("The store holds 1 event and 2 quotes, citing 1 source from 1 publisher "
                + "(1 person or organisation, 2 topics).", EN.get("ask.sources.counts", "events", 1, "quotes", 2,
                "sources", 1, "publishers", 1, "people", 1, "topics", 2));
        assertEquals("В хранилище 3 события и 25 цитат; они ссылаются на 41 источник от 2 издателей "
                + "(5 человек и организаций, 1 тема).", RU.get("ask.sources.counts", "events", 3, "quotes", 25,
                "sources", 41, "publishers", 2, "people", 5, "topics", 1));
    }
}
