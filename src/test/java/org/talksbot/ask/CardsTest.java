package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talksbot.store.Event;
import org.talksbot.store.Precision;
import org.talksbot.store.Quote;

class CardsTest {

    @Test
    void summaryLineIsTheFirstSentence() {
        assertEquals("The sides met in Brussels.", Cards.firstLine("The sides met in Brussels. They agreed on more."));
    }

    @Test
    void abbreviationsDoNotEndTheSentence() {
        assertEquals("The U.S. Secretary of State met both ministers.",
                Cards.firstLine("The U.S. Secretary of State met both ministers. Talks went on."));
    }

    @Test
    void aLongSentenceIsCutAtAWordWithAnEllipsis() {
        String line = Cards.firstLine("word ".repeat(100));
        assertTrue(line.length() <= Cards.SUMMARY_LINE + 1, line);
        assertTrue(line.endsWith("word…"), line);
    }

    @Test
    void eventCardHasDateWithPrecisionTitleSummaryAndSource() {
        Event event = new Event("e", LocalDate.of(2021, 3, 1), Precision.MONTH, "A & B", "One. Two.", null,
                "https://x.org/?a=1&b=2", "X <News>");
        assertEquals("2021-03 · <b>A &amp; B</b>\nOne.\nSource: <a href=\"https://x.org/?a=1&amp;b=2\">X &lt;News&gt;</a>",
                Cards.event(event));
    }

    @Test
    void quoteCardShowsTheWholeTextEvenWhenLong() {
        String text = "We will \"never\" give up. ".repeat(200);
        Quote quote = new Quote("q", LocalDate.of(2020, 1, 1), Precision.YEAR, "p", "Speaker", null, text, null, null,
                "https://x.org", "X");
        String card = Cards.quote(quote);
        assertTrue(card.startsWith("2020 · <b>Speaker</b>:\n“We will &quot;never&quot; give up."));
        assertTrue(card.contains(org.talksbot.core.Html.escape(text)));
    }

    @Test
    void aRoleWithItsOwnBracketsIsNotBracketedAgain() {
        Quote quote = new Quote("q", LocalDate.of(2023, 2, 22), Precision.DAY, "icj", "International Court of Justice",
                "UN court (order on provisional measures)", "Text.", null, null, "https://x.org", "X");
        assertTrue(Cards.quote(quote).startsWith("2023-02-22 · <b>International Court of Justice</b>, UN court (order on "
                + "provisional measures):\n"), Cards.quote(quote));
    }
}
