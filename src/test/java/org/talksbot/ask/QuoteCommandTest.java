package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.buttonData;
import static org.talksbot.ask.Answers.day;
import static org.talksbot.ask.Answers.month;


import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /quote ID} and the {@code ID*} prefix form that long-id notification buttons send. */
class QuoteCommandTest {

    @Test
    void quoteShowsTheVerbatimTextSourceAndItsEvent() {
        var reply = ask("/quote q-2023-07-10-blinken");
        assertTrue(reply.html().startsWith(day("2023-07-10") + " · <b>Antony Blinken</b> (U.S. Secretary of State):\n“"), reply.html());
        assertTrue(reply.html().contains("Peace is within reach") && reply.html().contains("Source: <a href="),
                reply.html());
        assertEquals(List.of("/event 2023-07-10-blinken-talks"), buttonData(reply));
    }

    @Test
    void aUniquePrefixWithAStarFindsTheQuoteAndTheEvent() {
        assertTrue(ask("/quote q-2023-07-10-bli*").html().contains("Peace is within reach"));
        assertTrue(ask("/event 2023-07-10-blinken-t*").html().startsWith(day("2023-07-10") + " · <b>Talks on"));
    }

    @Test
    void anAmbiguousOrUnknownIdSaysSo() {
        assertTrue(ask("/quote q-2023-0*").html().startsWith("There is no quote with the id “q-2023-0*”"));
        assertTrue(ask("/quote nope").html().startsWith("There is no quote with the id"));
        assertTrue(ask("/quote").html().startsWith("Which quote?"));
    }

    @Test
    void aQuoteInRussianOrArmenianKeepsItsWordsAndSaysOnceThatTheCuratedTextsAreEnglish() {
        for (org.talksbot.i18n.Language language : List.of(org.talksbot.i18n.Language.RU, org.talksbot.i18n.Language.HY)) {
            var reply = ask("/quote q-2023-07-10-blinken", language);
            assertTrue(reply.html().startsWith(day("2023-07-10", language) + " · <b>Antony Blinken</b>"), reply.html());
            assertTrue(reply.html().contains("“Peace is within reach &lt;b&gt;now&lt;/b&gt; &amp; we must seize it.”"));
            assertTrue(reply.html().contains(Answers.messages(language).get("ask.quote.context",
                    "context", "Press remarks after the talks")), reply.html());
            String notice = Answers.messages(language).get("common.english_notice");
            assertEquals(1, reply.html().split(java.util.regex.Pattern.quote(notice), -1).length - 1, reply.html());
            assertEquals(Answers.messages(language).get("ask.quote.event_button"), reply.buttons().get(0).get(0).label());
        }
        assertTrue(ask("/quote", org.talksbot.i18n.Language.RU).html().startsWith("Какая цитата?"));
    }
}
