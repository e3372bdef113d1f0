package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.more;
import static org.talksbot.ask.Answers.day;
import static org.talksbot.ask.Answers.month;


import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

class TimelineCommandTest {

    private static int cards(String html) {
        return html.split("Source: ", -1).length - 1;
    }

    @Test
    void aYearShowsItsEventsOldestFirst() {
        String html = ask("/timeline 2023").html();
        assertTrue(html.startsWith("<b>Timeline: 2023</b>"), html);
        assertTrue(html.indexOf(day("2023-01-02")) < html.indexOf(day("2023-01-09")));
        assertTrue(!html.contains(month("2022-12")));
    }

    @Test
    void aRangeIsInclusiveToTheEndOfItsLastMonth() {
        String html = ask("/timeline 2023-02 2023-03").html();
        assertTrue(html.startsWith("<b>Timeline: February 2023 – March 2023</b>"), html);
        assertTrue(html.contains(day("2023-02-06")) && html.contains(day("2023-03-27")), html);
        assertTrue(!html.contains(day("2023-01-30")) && !html.contains(day("2023-04-03")), html);
    }

    @Test
    void theWholeTimelineIsPagedFromTheStart() {
        Reply first = ask("/timeline");
        assertTrue(first.html().startsWith("<b>Timeline</b>"), first.html());
        assertTrue(first.html().indexOf(month("2022-12") + " · ") < first.html().indexOf(day("2023-01-02")));
        assertEquals(10, cards(first.html()));
        Reply second = ask(more(first));
        assertTrue(second.html().contains(day("2023-03-06")) && !second.html().contains(day("2023-02-27")), second.html());
        Reply third = ask(more(second));
        assertEquals(6, cards(third.html()));
        assertNull(more(third));
    }

    @Test
    void aYearWithoutEventsSaysWhatTheStoreCovers() {
        assertEquals("No events (1999). The store covers December 2022 to July 2023; try /timeline 2023.",
                ask("/timeline 1999").html());
        assertEquals("Событий нет (1999 г.). Хранилище охватывает период декабрь 2022 г. – июль 2023 г.; "
                + "попробуйте /timeline 2023.", ask("/timeline 1999", Language.RU).html());
    }

    @Test
    void badDatesGetThePoliteFormsLine() {
        for (String args : java.util.List.of("yesterday", "2023-1", "2023 2024 2025", "<b>")) {
            String html = ask("/timeline " + args).html();
            assertTrue(html.startsWith("I could not read “"), html);
            assertTrue(html.contains("YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }

    @Test
    void aDateMissingFromTheCalendarIsSaidNotToExist() {
        assertEquals("The date 2026-02-30 does not exist: February 2026 has 28 days. Try /timeline, /timeline 2023 "
                + "or /timeline 2023-02 2023-05-31 (dates as YYYY, YYYY-MM or YYYY-MM-DD).", ask("/timeline 2026-02-30").html());
        assertTrue(ask("/timeline 2023-13 2024").html().startsWith("The date 2023-13 does not exist: there is no month 13."));
    }

    @Test
    void aDayIsTitledOnThatDay() {
        assertTrue(ask("/timeline 2023-02-06").html().startsWith("<b>Timeline: 6 February 2023</b>"));
    }

    @Test
    void theTimelineInRussianAndArmenianHasItsTitleDatesAndButtonsInThatLanguage() {
        Reply russian = ask("/timeline 2023", Language.RU);
        assertTrue(russian.html().startsWith("<b>Хронология: 2023 г.</b>"), russian.html());
        assertTrue(russian.html().indexOf("2 января 2023 г.") < russian.html().indexOf("9 января 2023 г."), russian.html());
        assertEquals(10, russian.html().split("Источник: ", -1).length - 1);
        assertEquals("/timeline 2023 @10", more(russian, Language.RU));
        String notice = Messages.of(Language.RU).get("common.english_notice");
        assertEquals(1, russian.html().split(java.util.regex.Pattern.quote(notice), -1).length - 1, "told once");
        Reply armenian = ask("/timeline 2023-02-06", Language.HY);
        assertTrue(armenian.html().startsWith("<b>Ժամանակագրություն՝ 6 փետրվարի 2023 թ.</b>"), armenian.html());
        assertTrue(armenian.html().contains("Աղբյուր՝ <a href="), armenian.html());
        assertTrue(armenian.html().endsWith(Messages.of(Language.HY).get("common.english_notice")), armenian.html());
        String english = ask("/timeline 2023").html();
        assertTrue(!english.contains(notice) && !english.contains(Messages.of(Language.EN).get("common.english_notice")),
                "English readers are not told");
    }

    @Test
    void anImpossibleDateIsExplainedInTheReadersLanguage() {
        Messages ru = Messages.of(Language.RU);
        assertEquals(ru.get("ask.dates.no_day", "date", "2026-02-30", "month", "февраль 2026 г.", "days", 28,
                "forms", ru.get("ask.dates.forms_timeline")), ask("/timeline 2026-02-30", Language.RU).html());
        assertTrue(ask("/timeline 2026-02-30", Language.RU).html().startsWith("Даты 2026-02-30 не существует: февраль 2026 г. — 28 дней."));
        assertTrue(ask("/timeline 2023-13", Language.HY).html().startsWith("2023-13 ամսաթիվ գոյություն չունի. 13 համարով ամիս չկա։"));
    }

    @Test
    void aReversedRangeIsExplained() {
        assertTrue(ask("/timeline 2024 2023").html().startsWith("The first date must not be after the second."));
    }
}
