package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;
import org.talksbot.store.Quote;

class CardsTest {

    private static final Messages EN = Messages.of(Language.EN);
    private static final Messages RU = Messages.of(Language.RU);
    private static final Messages HY = Messages.of(Language.HY);

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
        assertEquals("March 2021 · <b>A &amp; B</b>\nOne.\nSource: <a href=\"https://x.org/?a=1&amp;b=2\">X &lt;News&gt;</a>",
                Cards.event(event, EN));
    }

    @Test
    void quoteCardShowsTheWholeTextEvenWhenLong() {
        String text = "We will \"never\" give up. ".repeat(200);
        Quote quote = new Quote("q", LocalDate.of(2020, 1, 1), Precision.YEAR, "p", "Speaker", null, text, null, null,
                "https://x.org", "X");
        String card = Cards.quote(quote, EN);
        assertTrue(card.startsWith("2020 · <b>Speaker</b>:\n“We will &quot;never&quot; give up."));
        assertTrue(card.contains(org.talksbot.core.Html.escape(text)));
    }

    @Test
    void aRoleWithItsOwnBracketsIsNotBracketedAgain() {
        Quote quote = new Quote("q", LocalDate.of(2023, 2, 22), Precision.DAY, "icj", "International Court of Justice",
                "UN court (order on provisional measures)", "Text.", null, null, "https://x.org", "X");
        assertTrue(Cards.quote(quote, EN).startsWith("22 February 2023 · <b>International Court of Justice</b>, UN court (order on "
                + "provisional measures):\n"), Cards.quote(quote, EN));
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThemAtTheirPrecision() {
        LocalDate day = LocalDate.of(2023, 3, 20);
        assertEquals("20 March 2023", Cards.date(new EventDate(day, Precision.DAY), EN));
        assertEquals("March 2023", Cards.date(new EventDate(day, Precision.MONTH), EN));
        assertEquals("2023", Cards.date(new EventDate(day, Precision.YEAR), EN));
        assertEquals("20 марта 2023 г.", Cards.date(new EventDate(day, Precision.DAY), RU));
        assertEquals("март 2023 г.", Cards.date(new EventDate(day, Precision.MONTH), RU));
        assertEquals("2023 г.", Cards.date(new EventDate(day, Precision.YEAR), RU));
        assertEquals("20 մարտի 2023 թ.", Cards.date(new EventDate(day, Precision.DAY), HY));
        assertEquals("2023 թ.", Cards.date(new EventDate(day, Precision.YEAR), HY));
        Quote quote = new Quote("q", day, Precision.MONTH, "p", "S", null, "T", null, null, "https://x.org", "X");
        assertEquals("մարտ 2023 թ.", new Item.OfQuote(quote).dateText(HY));
    }

    @Test
    void eventCardInRussianAndArmenianHasItsDateAndSourceLabelTranslatedButTheSummaryInEnglish() {
        Event event = new Event("e", LocalDate.of(2023, 3, 20), Precision.DAY, "Talks", "The sides met. More.", null,
                "https://x.org", "X");
        assertEquals("20 марта 2023 г. · <b>Talks</b>\nThe sides met.\nИсточник: <a href=\"https://x.org\">X</a>",
                Cards.event(event, RU));
        assertEquals("20 մարտի 2023 թ. · <b>Talks</b>\nThe sides met.\nԱղբյուր՝ <a href=\"https://x.org\">X</a>",
                Cards.event(event, HY));
    }

    @Test
    void aQuoteStaysVerbatimInEveryLanguage() {
        Quote quote = new Quote("q", LocalDate.of(2023, 5, 1), Precision.MONTH, "p", "Speaker", "Minister",
                "We are \"ready\".", null, null, "https://x.org", "X");
        for (Messages messages : new Messages[] {EN, RU, HY}) {
            String card = Cards.quote(quote, messages);
            assertTrue(card.contains("<b>Speaker</b> (Minister):\n“We are &quot;ready&quot;.”\n"), card);
            assertTrue(card.startsWith(messages.month(LocalDate.of(2023, 5, 1)) + " · "), card);
        }
    }
}
