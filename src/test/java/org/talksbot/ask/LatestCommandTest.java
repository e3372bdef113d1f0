package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.more;
import static org.talksbot.ask.Answers.day;
import static org.talksbot.ask.Answers.month;


import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.TestStore;

class LatestCommandTest {

    private static int cards(String html) {
        return html.split("Source: ", -1).length - 1;
    }

    @Test
    void latestShowsTheFiveNewestEventsWithDatesAndSourceLinks() {
        String html = ask("/latest").html();
        assertEquals(5, cards(html));
        assertTrue(html.startsWith("<b>Latest events</b>\n\n" + day("2023-07-10") + " · "), html);
        assertTrue(html.indexOf(day("2023-07-10")) < html.indexOf(day("2023-06-12")), "newest first");
        assertTrue(html.contains("<a href=\"https://state.gov/talks?a=1&amp;b=2\">U.S. State Department</a>"));
        assertTrue(html.contains("<b>Meeting number 23</b>"));
    }

    @Test
    void titlesWithHtmlCharactersAreEscaped() {
        String html = ask("/latest 1").html();
        assertTrue(html.contains("<b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>"), html);
    }

    @Test
    void moreButtonContinuesWithTheNextPage() {
        Reply first = ask("/latest 5");
        String data = more(first);
        assertEquals("/latest 5 @5", data);
        String second = ask(data).html();
        assertEquals(5, cards(second));
        assertTrue(second.contains("Meeting number 19") && second.contains("Meeting number 15") && !second.contains("Meeting number 20"), second);
    }

    @Test
    void lastPageHasNoMoreButtonAndShowsMonthPrecision() {
        Reply last = ask("/latest 20 @20");
        assertEquals(6, cards(last.html()));
        assertTrue(last.html().contains(month("2022-12") + " · <b>Border commissions meet</b>"), last.html());
        assertNull(more(last));
        assertFalse(last.hasButtons());
    }

    @Test
    void pagingPastTheEndSaysSo() {
        assertTrue(ask("/latest 5 @500").html().contains("No older events"));
    }

    @Test
    void countsOutOfRangeOrNotNumbersGetAPoliteLineAndTheDefault() {
        for (String args : List.of("0", "abc", "-3", "1234567890123")) {
            String html = ask("/latest " + args).html();
            assertTrue(html.startsWith("I show 1 to 20 events at a time"), html);
            assertEquals(5, cards(html), args);
        }
    }

    @Test
    void tooLargeACountIsCappedAtTwentyWithANote() {
        String html = ask("/latest 999").html();
        assertTrue(html.startsWith("I show at most 20 events at a time; here are the latest 20."), html);
        assertEquals(20, cards(html));
    }

    @Test
    void theBotNameSuffixAndCaseAreIgnored() {
        assertEquals(ask("/latest 2").html(), ask("  /LATEST@SomeBot 2  ").html());
    }

    @Test
    void latestInRussianAndArmenianHasTitleDatesSourceLabelsNotesAndMoreInThatLanguage() {
        Reply russian = ask("/latest", Language.RU);
        assertTrue(russian.html().startsWith("<b>Последние события</b>\n\n10 июля 2023 г. · "), russian.html());
        assertEquals(5, russian.html().split("Источник: ", -1).length - 1);
        assertTrue(russian.html().endsWith("\n\n" + Messages.of(Language.RU).get("common.english_notice")), russian.html());
        assertEquals("/latest 5 @5", more(russian, Language.RU));
        assertTrue(ask("/latest 5 @5", Language.RU).html().startsWith("<b>Более ранние события</b>"));
        assertTrue(ask("/latest 999", Language.RU).html().startsWith("Я показываю не больше 20 событий за раз; вот последние 20."));
        assertTrue(ask("/latest 5 @500", Language.RU).html().startsWith("Более ранних событий нет."));

        Reply armenian = ask("/latest 20 @20", Language.HY);
        assertTrue(armenian.html().startsWith("<b>Ավելի վաղ իրադարձություններ</b>"), armenian.html());
        assertTrue(armenian.html().contains(month("2022-12", Language.HY) + " · <b>Border commissions meet</b>"),
                armenian.html());
        assertTrue(armenian.html().contains("Աղբյուր՝ <a href="), armenian.html());
        assertTrue(ask("/latest abc", Language.HY).html().startsWith(Messages.of(Language.HY).get("ask.latest.note_invalid",
                "max", 20, "count", 5)));
    }

    @Test
    void anEmptyStoreSaysItHasNoEvents() {
        CommandRouter router = CommandRouter.create(TestStore.empty().jdbi());
        assertEquals("The store has no events yet.", ask(router, "/latest").html());
    }

    @Test
    void manyLongEventsSplitIntoTelegramSizedBalancedParts() {
        TestStore store = TestStore.empty();
        String longTitle = "Very long title with <tags> & ampersands ".repeat(10);
        for (int i = 10; i < 30; i++) {
            store.event("long-" + i, "2024-01-" + i, longTitle + i,
                    "A summary & more " + "words ".repeat(60) + ".", null, List.of(), List.of(),
                    "Source <" + i + ">", "https://example.org/" + i + "?x=1&y=2");
        }
        Reply reply = ask(CommandRouter.create(store.jdbi()), "/latest 20");
        assertTrue(reply.html().length() > 4096);
        assertTrue(reply.parts().size() > 1);
        assertEquals(20, String.join("", reply.parts()).split("Source: ", -1).length - 1, "no card lost in the split");
    }
}
