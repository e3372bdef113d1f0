package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.buttonData;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;

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
    void anOrganisationWithoutQuotesOrEventsSaysSo() {
        String html = ask("/who EU").html();
        assertTrue(html.contains("<b>European Union</b>\n0 quotes and 0 events in the store yet."), html);
    }
}
