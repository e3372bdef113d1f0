package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.more;

import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;

class TimelineCommandTest {

    private static int cards(String html) {
        return html.split("Source: ", -1).length - 1;
    }

    @Test
    void aYearShowsItsEventsOldestFirst() {
        String html = ask("/timeline 2023").html();
        assertTrue(html.startsWith("<b>Timeline in 2023</b>"));
        assertTrue(html.indexOf("2023-01-02") < html.indexOf("2023-01-09"));
        assertTrue(!html.contains("2022-12"));
    }

    @Test
    void aRangeIsInclusiveToTheEndOfItsLastMonth() {
        String html = ask("/timeline 2023-02 2023-03").html();
        assertTrue(html.contains("2023-02-06") && html.contains("2023-03-27"), html);
        assertTrue(!html.contains("2023-01-30") && !html.contains("2023-04-03"), html);
    }

    @Test
    void theWholeTimelineIsPagedFromTheStart() {
        Reply first = ask("/timeline");
        assertTrue(first.html().indexOf("2022-12 · ") < first.html().indexOf("2023-01-02"));
        assertEquals(10, cards(first.html()));
        Reply second = ask(more(first));
        assertTrue(second.html().contains("2023-03-06") && !second.html().contains("2023-02-27"), second.html());
        Reply third = ask(more(second));
        assertEquals(6, cards(third.html()));
        assertNull(more(third));
    }

    @Test
    void aYearWithoutEventsSaysWhatTheStoreCovers() {
        assertEquals("No events in 1999. The store covers 2022-12 to 2023-07; try /timeline 2023.",
                ask("/timeline 1999").html());
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
        assertTrue(ask("/timeline 2023-02-06").html().startsWith("<b>Timeline on 2023-02-06</b>"));
    }

    @Test
    void aReversedRangeIsExplained() {
        assertTrue(ask("/timeline 2024 2023").html().startsWith("The first date must not be after the second."));
    }
}
