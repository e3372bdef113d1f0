package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.TestStore;

class StartHelpSourcesTest {

    @Test
    void startSaysWhatTheBotIsWithThreeExamples() {
        String html = ask("/start").html();
        assertEquals(Messages.of(Language.EN).get("start.welcome"), html);
        assertTrue(html.contains("Armenia–Azerbaijan peace talks"));
        assertTrue(html.contains("/latest\n/who blinken\n/timeline 2023"));
    }

    @Test
    void startIsInTheChatsLanguageWithTheSameExamples() {
        String russian = ask("/start", Language.RU).html();
        assertEquals(Messages.of(Language.RU).get("start.welcome"), russian);
        assertTrue(russian.contains("мирных переговорах Армении и Азербайджана"), russian);
        assertTrue(russian.contains("/latest\n/who blinken\n/timeline 2023"), russian);
        String armenian = ask("/start", Language.HY).html();
        assertEquals(Messages.of(Language.HY).get("start.welcome"), armenian);
        assertTrue(armenian.contains("Հայաստանի և Ադրբեջանի խաղաղության բանակցությունների"), armenian);
        assertTrue(armenian.contains("/latest\n/who blinken\n/timeline 2023"), armenian);
    }

    @Test
    void deepLinksOpenTopicPersonAndEvent() {
        assertEquals(ask("/lachin").html(), ask("/start topic-lachin-corridor").html());
        assertEquals(ask("/who blinken").html(), ask("/start person-antony-blinken").html());
        assertEquals(ask("/event 2023-07-10-blinken-talks").html(), ask("/start event-2023-07-10-blinken-talks").html());
        assertEquals(ask("/lachin", Language.HY).html(), ask("/start topic-lachin-corridor", Language.HY).html());
    }

    @Test
    void unknownOrMalformedPayloadsGetTheNormalWelcome() {
        for (String payload : List.of("topic-nothing", "person-x", "hello", "event-<b>", "topic-" + "a".repeat(70))) {
            assertEquals(Messages.of(Language.EN).get("start.welcome"), ask("/start " + payload).html(), payload);
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
    void helpIsInTheReadersLanguage() {
        String russian = ask("/help", Language.RU).html();
        assertTrue(russian.startsWith("<b>Команды</b>"), russian);
        for (String line : List.of("/who ИМЯ — Человек: должность, последние цитаты и события",
                "/latest [число] — Самые новые события с источниками (не больше 20)",
                "/lachin — Lachin corridor: события и цитаты", "/timeline [ГОД | С ПО]")) {
            assertTrue(russian.contains(line), line);
        }
        assertFalse(russian.contains("A person: role"), russian);
        String armenian = ask("/help", Language.HY).html();
        assertTrue(armenian.startsWith("<b>Հրամաններ</b>"), armenian);
        assertTrue(armenian.contains("/who ԱՆՈՒՆ — " + Messages.of(Language.HY).get("ask.who.description")), armenian);
        assertTrue(armenian.endsWith(Messages.of(Language.HY).get("start.help.footer")), armenian);
    }

    @Test
    void operatorCommandsAreListedApartUnderTheirOwnHeading() {
        Command stats = new Command() {
            public String name() {
                return "opsonly";
            }

            public String usage(Messages messages) {
                return "/opsonly";
            }

            public String description(Messages messages) {
                return "Operators' numbers";
            }

            public Reply answer(Request request, String args) {
                return Reply.of("numbers");
            }

            public boolean operatorsOnly() {
                return true;
            }
        };
        CommandRouter router = CommandRouter.create(TestStore.standard().jdbi(), List.of(stats),
                new CommandsOnlyFallback());
        for (Language language : Language.values()) {
            String html = ask(router, "/help", language).html();
            String heading = Messages.of(language).get("common.operator_commands");
            assertTrue(html.indexOf(heading) > html.indexOf("/sources"), html);
            assertTrue(html.indexOf("/opsonly") > html.indexOf(heading), html);
        }
    }

    @Test
    void sourcesCountsWhatTheStoreHolds() {
        String html = ask("/sources").html();
        assertTrue(html.contains("The store holds 26 events and 7 quotes, citing 34 sources"), html);
        assertTrue(html.contains("They date from December 2022 to July 2023."), html);
        assertTrue(html.contains("quotes are verbatim"));
    }

    @Test
    void sourcesCountsWithEachLanguagesPluralsAndMonths() {
        Messages ru = Messages.of(Language.RU);
        String russian = ask("/sources", Language.RU).html();
        assertTrue(russian.contains("В хранилище 26 событий и 7 цитат; они ссылаются на 34 источника"), russian);
        assertTrue(russian.contains(ru.get("ask.sources.span", "first", ru.month(LocalDate.of(2022, 12, 1)),
                "last", ru.month(LocalDate.of(2023, 7, 1)))), russian);
        assertTrue(russian.contains("декабрь 2022 г."), russian);
        String armenian = ask("/sources", Language.HY).html();
        assertTrue(armenian.contains("Շտեմարանում կա 26 իրադարձություն և 7 մեջբերում"), armenian);
        assertTrue(armenian.endsWith(Messages.of(Language.HY).get("common.english_notice")), armenian);
    }

    @Test
    void sourcesSpanReachesTheNewestQuoteWhenItIsLaterThanTheNewestEvent() {
        TestStore store = TestStore.standard().quote("q-later", "2024-03", "antony-blinken", "U.S. Secretary of State",
                "Later words.", null, null, List.of("lachin-corridor"), "Example", "https://example.org/later");
        String html = ask(CommandRouter.create(store.jdbi()), "/sources").html();
        assertTrue(html.contains("8 quotes, citing"), html);
        assertTrue(html.contains("from December 2022 to March 2024."), html);
    }
}
