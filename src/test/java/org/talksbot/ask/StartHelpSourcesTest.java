package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.store.TestStore;

class StartHelpSourcesTest {

    @Test
    void startSaysWhatTheBotIsWithThreeExamples() {
        String html = ask("/start").html();
        assertEquals(StartCommand.WELCOME, html);
        assertTrue(html.contains("Armenia–Azerbaijan peace talks"));
        assertTrue(html.contains("/latest\n/who blinken\n/timeline 2023"));
    }

    @Test
    void deepLinksOpenTopicPersonAndEvent() {
        assertEquals(ask("/lachin").html(), ask("/start topic-lachin-corridor").html());
        assertEquals(ask("/who blinken").html(), ask("/start person-antony-blinken").html());
        assertEquals(ask("/event 2023-07-10-blinken-talks").html(), ask("/start event-2023-07-10-blinken-talks").html());
    }

    @Test
    void unknownOrMalformedPayloadsGetTheNormalWelcome() {
        for (String payload : List.of("topic-nothing", "person-x", "hello", "event-<b>", "topic-" + "a".repeat(70))) {
            assertEquals(StartCommand.WELCOME, ask("/start " + payload).html(), payload);
        }
    }

    @Test
    void helpListsEveryCommandIncludingTopicShortcuts() {
        String html = ask("/help").html();
        for (String usage : List.of("/start", "/help", "/latest [n]", "/who NAME", "/topics", "/topic NAME",
                "/timeline [YEAR | FROM TO]", "/quotes [NAME] [TOPIC]", "/search WORDS", "/event ID", "/sources",
                "/lachin — Lachin corridor: events and quotes", "/border")) {
            assertTrue(html.contains(usage), usage);
        }
    }

    @Test
    void sourcesCountsWhatTheStoreHolds() {
        String html = ask("/sources").html();
        assertTrue(html.contains("The store holds 26 events and 7 quotes, from 2022-12 to 2023-07, citing 34 sources"),
                html);
        assertTrue(html.contains("quotes are verbatim"));
    }

    @Test
    void sourcesSpanReachesTheNewestQuoteWhenItIsLaterThanTheNewestEvent() {
        TestStore store = TestStore.standard().quote("q-later", "2024-03", "antony-blinken", "U.S. Secretary of State",
                "Later words.", null, null, List.of("lachin-corridor"), "Example", "https://example.org/later");
        String html = ask(CommandRouter.create(store.jdbi()), "/sources").html();
        assertTrue(html.contains("8 quotes, from 2022-12 to 2024-03, citing"), html);
    }
}
