package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;

import org.junit.jupiter.api.Test;

class EventCommandTest {

    @Test
    void eventShowsEverythingWithAllSources() {
        String html = ask("/event 2023-07-10-blinken-talks").html();
        assertTrue(html.startsWith("2023-07-10 · <b>Talks on &lt;b&gt;Lachin&lt;/b&gt; &amp; trade</b>\n\n"
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
        assertTrue(ask("/event 2022-12-border-commission").html().startsWith("2022-12 · <b>Border commissions meet</b>"));
    }

    @Test
    void unknownEventSaysSoAndEscapesTheId() {
        assertEquals("There is no event with the id “&lt;nope&gt;”. /latest and /timeline show the events in the store.",
                ask("/event <nope>").html());
    }

    @Test
    void eventWithoutIdAsksForOne() {
        assertTrue(ask("/event").html().startsWith("Which event?"));
    }
}
