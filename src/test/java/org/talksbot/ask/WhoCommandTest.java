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
        assertTrue(html.contains("2023-07-10 · <b>Antony Blinken</b> (U.S. Secretary of State):\n"
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
        assertTrue(html.startsWith("<b>Antony Blinken</b> — U.S. Secretary of State, as of 2023-07\n"), html);
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
        assertTrue(html.contains("<b>European Union</b>\n0 quotes and 0 events in the store yet."), html);
    }
}
