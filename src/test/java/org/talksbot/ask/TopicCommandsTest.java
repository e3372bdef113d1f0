package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;
import static org.talksbot.ask.Answers.buttonData;
import static org.talksbot.ask.Answers.more;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.store.TestStore;

class TopicCommandsTest {

    @Test
    void topicShortcutShowsNameEscapedBackgroundAndItemsNewestFirst() {
        String html = ask("/lachin").html();
        assertTrue(html.startsWith("<b>Lachin corridor</b>\nThe road linking Armenia &amp; Karabakh &lt;via Lachin&gt;."),
                html);
        int event = html.indexOf("<b>Talks on &lt;b&gt;Lachin");
        int quote = html.indexOf("Peace is within reach");
        int older = html.indexOf("Statement number 6");
        assertTrue(event > 0 && quote > 0 && older > quote, html);
    }

    @Test
    void topicPagesMergeEventsAndQuotesAndEndWithoutMore() {
        TestStore store = TestStore.standard();
        for (int i = 1; i <= 5; i++) {
            store.event("extra-" + i, "2024-0" + i, "Corridor event " + i, List.of("lachin-corridor"));
        }
        CommandRouter router = CommandRouter.create(store.jdbi());
        Reply first = ask(router, "/lachin");
        assertEquals("/lachin @8", more(first));
        assertEquals(8, first.html().split("Source: ", -1).length - 1);
        Reply second = ask(router, more(first));
        assertEquals(5, second.html().split("Source: ", -1).length - 1, "13 items in all");
        assertTrue(second.html().contains("Statement number 1 "), second.html());
        assertNull(more(second));
    }

    @Test
    void topicFindsAnyAliasAndIgnoresCase() {
        assertEquals(ask("/lachin").html(), ask("/topic BERDZOR").html());
        assertEquals(ask("/lachin").html(), ask("/topic lachin corridor").html());
    }

    @Test
    void topicWithAMisspellingOffersTheClosest() {
        Reply reply = ask("/topic lachn corridor");
        assertEquals("Did you mean Lachin corridor?", reply.html());
        assertEquals(List.of("/lachin"), buttonData(reply));
    }

    @Test
    void unknownTopicPointsToTheList() {
        assertTrue(ask("/topic weather").html().contains("I don't know the topic “weather”. /topics"));
    }

    @Test
    void topicsListsMainTopicsFirstWithTheirShortcuts() {
        String html = ask("/topics").html();
        assertTrue(html.indexOf("Lachin corridor — /lachin") < html.indexOf("Border delimitation — /border"), html);
        assertTrue(html.contains("U.S. mediation — /topic mediation-us"));
    }

    @Test
    void everyTopicWithACommandHasItsShortcut() {
        assertTrue(ask("/border").html().contains(Answers.month("2022-12") + " · <b>Border commissions meet</b>"));
    }

    @Test
    void aTopicInRussianAndArmenianHasItsFramesInThatLanguageAndTheEnglishNoticeOnce() {
        org.talksbot.i18n.Language ru = org.talksbot.i18n.Language.RU;
        org.talksbot.i18n.Language hy = org.talksbot.i18n.Language.HY;
        Reply russian = ask("/border", ru);
        assertTrue(russian.html().contains("декабрь 2022 г. · <b>Border commissions meet</b>"), russian.html());
        String notice = Answers.messages(ru).get("common.english_notice");
        assertEquals(1, russian.html().split(java.util.regex.Pattern.quote(notice), -1).length - 1, russian.html());
        assertTrue(russian.buttons().stream().flatMap(List::stream)
                .anyMatch(b -> b.label().equals("График") && b.data().startsWith("/chart ")), russian.buttons().toString());
        assertEquals("Вы имели в виду Lachin corridor?", ask("/topic lachn corridor", ru).html());
        assertTrue(ask("/topics", hy).html().startsWith("<b>Թեմաներ</b>\n• Lachin corridor — /lachin"));
        assertTrue(ask("/topic weather", hy).html().startsWith("Ես չգիտեմ «weather» թեման։"));
        assertTrue(ask("/lachin", hy).html().contains("Աղբյուր՝ <a href="));
    }

    @Test
    void topicWithoutItemsSaysSo() {
        CommandRouter router = CommandRouter.create(TestStore.empty()
                .topic("energy", "Energy", "energy", true, "Gas and power.", "energy").jdbi());
        assertTrue(ask(router, "/energy").html().contains("No events or quotes on this topic in the store yet."));
    }

    @Test
    void aSuggestedTopicWhoseCommandLineIsTooLongForAButtonIsOfferedWithoutOne() {
        String id = "energy-security-and-the-long-term-supply-of-gas-to-the-region";
        CommandRouter router = CommandRouter.create(TestStore.empty()
                .topic(id, "Energy security", null, false, "Gas and power.").jdbi());

        Reply reply = ask(router, "/topic energy securty");

        assertEquals("Did you mean Energy security?", reply.html());
        assertEquals(List.of(), reply.buttons());
        assertTrue(ask(router, "/topic " + id).html().startsWith("<b>Energy security</b>"));
    }
}
