package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.day;
import static org.talksbot.ask.Answers.month;


import org.junit.jupiter.api.Test;

class EventCommandTest {

    @Test
    void eventShowsEverythingWithAllSources() {
        String html = ask("/event 2023-07-10-blinken-talks").html();
        assertTrue(html.startsWith(day("2023-07-10") + " · <b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>\n\n"
                + "Blinken hosted the foreign ministers in Washington. They discussed the Lachin corridor and trade."), html);
        assertTrue(html.contains("<b>Place:</b> Washington"));
        assertTrue(html.contains("<b>People:</b> Antony Blinken"));
        assertTrue(html.contains("<b>Topics:</b> Lachin corridor (/lachin), U.S. mediation (/topic mediation-us)"));
        assertTrue(html.contains("• <a href=\"https://state.gov/talks?a=1&amp;b=2\">U.S. State Department</a>\n"
                + "• <a href=\"https://asbarez.com/talks\">Asbarez</a>"), html);
        assertTrue(html.contains("<b>Quotes</b>") && html.contains("Peace is within reach"));
    }

    @Test
    void monthPrecisionShowsInTheDetails() {
        assertTrue(ask("/event 2022-12-border-commission").html().startsWith("December 2022 · <b>Border commissions meet</b>"));
        assertTrue(ask("/event 2022-12-border-commission", org.talksbot.i18n.Language.RU).html()
                .startsWith("декабрь 2022 г. · <b>Border commissions meet</b>"));
        assertTrue(ask("/event 2022-12-border-commission", org.talksbot.i18n.Language.HY).html()
                .startsWith(month("2022-12", org.talksbot.i18n.Language.HY) + " · <b>Border commissions meet</b>"));
    }

    @Test
    void unknownEventSaysSoAndEscapesTheId() {
        assertEquals("There is no event with the id “&lt;nope&gt;”. /latest and /timeline show the events in the store.",
                ask("/event <nope>").html());
    }

    @Test
    void eventDetailsInRussianLabelEverythingButKeepTheSummaryEnglish() {
        String html = ask("/event 2023-07-10-blinken-talks", org.talksbot.i18n.Language.RU).html();
        assertTrue(html.startsWith("10 июля 2023 г. · <b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>\n\n"
                + "Blinken hosted the foreign ministers in Washington."), html);
        assertTrue(html.contains("<b>Место:</b> Washington") && html.contains("<b>Источники:</b>")
                && html.contains("<b>Цитаты</b>"), html);
        assertTrue(html.endsWith(Answers.messages(org.talksbot.i18n.Language.RU).get("common.english_notice")), html);
        assertTrue(ask("/event <nope>", org.talksbot.i18n.Language.HY).html().startsWith("«&lt;nope&gt;» id-ով իրադարձություն չկա։"));
    }

    @Test
    void eventWithoutIdAsksForOne() {
        assertTrue(ask("/event").html().startsWith("Which event?"));
    }
}
