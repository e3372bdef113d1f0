package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCommandTest {

    @Test
    void everyWordMustAppearInAnyCase() {
        String html = ask("/search LACHIN washington").html();
        assertTrue(html.startsWith("<b>Found for “LACHIN washington”</b>"));
        assertTrue(html.contains("<b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>"));
        assertEquals(1, html.split("Source: ", -1).length - 1);
    }

    @Test
    void searchFindsQuotesAndEventsNewestFirstUpToEight() {
        String lachin = ask("/search lachin").html();
        assertEquals(7, lachin.split("Source: ", -1).length - 1, "one event and six quotes");
        assertTrue(lachin.indexOf("Talks on") < lachin.indexOf("Statement number 6"));
        String number = ask("/search number").html();
        assertEquals(8, number.split("Source: ", -1).length - 1, "30 match, 8 are shown");
        assertTrue(number.indexOf("Statement number 6") < number.indexOf("Meeting number 23"));
    }

    @Test
    void noMatchSaysSoWithTheEscapedWords() {
        assertEquals("Nothing in the store matches “&lt;script&gt; 100%”. Try fewer words, /topics or /timeline.",
                ask("/search <script> 100%").html());
    }

    @Test
    void searchWithoutWordsAsksForThem() {
        assertTrue(ask("/search").html().startsWith("What should I look for?"));
        assertTrue(ask("/search", org.talksbot.i18n.Language.RU).html().startsWith("Что искать?"));
        assertTrue(ask("/search zzzz", org.talksbot.i18n.Language.HY).html()
                .startsWith("Շտեմարանում «zzzz»-ին համապատասխանող ոչինչ չկա։"));
        String found = ask("/search lachin", org.talksbot.i18n.Language.RU).html();
        assertTrue(found.startsWith("<b>Найдено по запросу «lachin»</b>\n\n") && found.contains("Источник: <a href="), found);
    }

    @Test
    void punctuationAroundWordsIsDropped() {
        assertEquals(List.of("Lachin", "50%", "a_b"), SqlItemSearch.words("  \"Lachin,\" (50%) a_b. "));
    }
}
