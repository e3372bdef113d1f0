package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.buttonData;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.store.TestStore;

class WhoCommandTest {

    @Test
    void whoAcceptsASurnameInAnyCase() {
        String html = ask("/who BLINKEN").html();
        assertTrue(html.startsWith("<b>Antony Blinken</b> — U.S. Secretary of State"), html);
    }

    @Test
    void whoAcceptsFullNamesAliasesIdsAndIgnoresPunctuationAndSpaces() {
        String card = ask("/who blinken").html();
        for (String name : List.of("antony   blinken", "Antony Blinken!", "secretary blinken", "antony-blinken",
                "\"Blinken\"")) {
            assertEquals(card, ask("/who " + name).html(), name);
        }
    }

    @Test
    void personCardShowsQuotesWithRoleAndSourceAndTheirEvents() {
        String html = ask("/who blinken").html();
        assertTrue(html.contains("<b>Quotes</b>"));
        assertTrue(html.contains(Answers.day("2023-07-10") + " · <b>Antony Blinken</b> (U.S. Secretary of State):\n"
                + "“Peace is within reach &lt;b&gt;now&lt;/b&gt; &amp; we must seize it.”\n"
                + "Source: <a href=\"https://state.gov/q1\">State Department</a>"), html);
        assertTrue(html.contains("<b>Events</b>"));
        assertTrue(html.contains("<b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>"));
    }

    @Test
    void personCardShowsAtMostFiveQuotes() {
        String html = ask("/who pashinyan").html();
        assertEquals(5, html.split("Armenpress", -1).length - 1);
        assertTrue(html.contains("Statement number 6") && !html.contains("Statement number 1 "), html);
    }

    @Test
    void aMisspellingIsAnsweredWithDidYouMeanAndAButton() {
        Reply reply = ask("/who blinkn");
        assertEquals("Did you mean Antony Blinken?", reply.html());
        assertEquals(List.of("/who antony-blinken"), buttonData(reply));
        assertTrue(ask(buttonData(reply).get(0)).html().startsWith("<b>Antony Blinken</b>"));
    }

    @Test
    void aSwappedLetterIsStillRecognised() {
        assertEquals("Did you mean Ilham Aliyev?", ask("/who aliyve").html());
    }

    @Test
    void anUnknownNameSaysSoAndListsPeopleItKnows() {
        String html = ask("/who <Zelensky>").html();
        assertTrue(html.startsWith("I don't know “&lt;Zelensky&gt;”. People I know include Nikol Pashinyan"), html);
    }

    @Test
    void whoAloneListsPeopleWithButtonsForTheMostActive() {
        Reply reply = ask("/who");
        assertTrue(reply.html().indexOf("Nikol Pashinyan") < reply.html().indexOf("European Union"));
        assertTrue(buttonData(reply).contains("/who nikol-pashinyan"));
    }

    @Test
    void aCardSaysHowManyQuotesAndEventsThereAreAndOffersThemAll() {
        int quotes = TestStore.standard().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM quote WHERE person_id = 'nikol-pashinyan'").mapTo(Integer.class).one());
        Reply reply = ask("/who pashinyan");
        assertTrue(reply.html().contains("\n" + quotes + " quotes and "), reply.html());
        assertTrue(buttonData(reply).contains("/quotes nikol-pashinyan"), buttonData(reply).toString());
        assertTrue(buttonData(reply).contains("/who nikol-pashinyan @5"), buttonData(reply).toString());
        String older = ask("/who nikol-pashinyan @5").html();
        assertTrue(older.contains("Statement number 1 ") && older.contains("older ones, from number 6"), older);
    }

    @Test
    void theRoleIsDatedByTheNewestQuoteThatGivesIt() {
        String html = ask("/who blinken").html();
        assertTrue(html.startsWith("<b>Antony Blinken</b> — U.S. Secretary of State, as of July 2023\n"), html);
        String russian = ask("/who blinken", org.talksbot.i18n.Language.RU).html();
        assertTrue(russian.startsWith("<b>Antony Blinken</b> — U.S. Secretary of State, по данным на июль 2023 г.\n"), russian);
    }

    @Test
    void whoAlonePagesThroughEveryoneWithAMoreButton() {
        TestStore store = TestStore.empty();
        for (int i = 10; i < 30; i++) {
            store.person("person-" + i, "Person " + i, "person", null, "person " + i);
        }
        CommandRouter router = CommandRouter.create(store.jdbi());
        Reply first = Answers.ask(router, "/who");
        assertTrue(first.html().contains("(1–12 of 20;"), first.html());
        assertTrue(buttonData(first).contains("/who @12"), buttonData(first).toString());
        Reply second = Answers.ask(router, "/who @12");
        assertTrue(second.html().contains("(13–20 of 20;") && second.html().contains("Person 29"), second.html());
        assertTrue(buttonData(second).stream().noneMatch(d -> d.startsWith("/who @")), "no More on the last page");
    }

    @Test
    void anOrganisationWithoutQuotesOrEventsSaysSo() {
        String html = ask("/who EU").html();
        assertTrue(html.contains("<b>European Union</b>\nNo quotes or events in the store yet."), html);
    }

    @Test
    void aCardInRussianAndArmenianCountsWithEachLanguagesPlurals() {
        org.talksbot.i18n.Language ru = org.talksbot.i18n.Language.RU;
        org.talksbot.i18n.Language hy = org.talksbot.i18n.Language.HY;
        int quotes = TestStore.standard().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM quote WHERE person_id = 'nikol-pashinyan'").mapTo(Integer.class).one());
        int events = TestStore.standard().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM event_person WHERE person_id = 'nikol-pashinyan'").mapTo(Integer.class).one());
        Reply russian = ask("/who pashinyan", ru);
        assertTrue(russian.html().contains("\n" + Answers.messages(ru).get("ask.who.counts_newest", "quotes", quotes,
                "events", events) + "\n\n<b>Цитаты</b>"), russian.html());
        assertTrue(russian.buttons().stream().flatMap(List::stream).anyMatch(b -> b.label().equals("Все цитаты (" + quotes + ")")));
        assertEquals("/who nikol-pashinyan @5", Answers.more(russian, ru));
        String notice = Answers.messages(ru).get("common.english_notice");
        assertEquals(1, russian.html().split(java.util.regex.Pattern.quote(notice), -1).length - 1, "told once per answer");
        assertEquals("Вы имели в виду Antony Blinken?", ask("/who blinkn", ru).html());
        Reply armenian = ask("/who blinken", hy);
        assertTrue(armenian.html().contains("<b>Մեջբերումներ</b>") && armenian.html().contains("<b>Իրադարձություններ</b>"),
                armenian.html());
        assertTrue(ask("/who <Zelensky>", hy).html().startsWith("Ես չգիտեմ «&lt;Zelensky&gt;»-ին։"));
        assertTrue(ask("/who", hy).html().startsWith("<b>Մարդիկ շտեմարանում</b> (1–"));
    }
}
