package org.talksbot.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.ask.Answers.ask;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.core.BuiltInCommands;
import org.talksbot.core.Command;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.TestStore;

class CommandRouterTest {

    /** A command added by another feature. */
    private record Extra(String name, boolean inMenu, RuntimeException failure) implements Command {
        public String usage(Messages messages) {
            return "/" + name;
        }

        public String description(Messages messages) {
            return "Extra command " + name;
        }

        public Reply answer(Request request, String args) {
            if (failure != null) {
                throw failure;
            }
            return Reply.of("extra:" + args);
        }
    }

    @Test
    void anUnknownCommandCloseToAKnownOneSuggestsIt() {
        assertEquals("I don't know the command /lates. Did you mean /latest? /help lists all commands.",
                ask("/lates").html());
    }

    @Test
    void anUnknownCommandFarFromAllPointsToHelp() {
        assertEquals("I don't know the command /weather. /help lists all commands.", ask("/weather today").html());
    }

    @Test
    void hugeInputIsAnsweredWithAShortEscapedEcho() {
        String huge = "/" + "<x>".repeat(40_000);
        String html = ask(huge).html();
        assertTrue(html.length() < 400, "echo is capped");
        assertFalse(html.contains("<x>"));
        assertTrue(ask("/search " + "lachin ".repeat(15_000)).html().length() < 50_000);
    }

    @Test
    void plainTextGetsTheCommandsHint() {
        assertEquals(Messages.of(Language.EN).get("ask.commands_only"), ask("what happened in Lachin?").html());
        assertEquals(Messages.of(Language.RU).get("ask.commands_only"), ask("что было в Лачине?", Language.RU).html());
    }

    @Test
    void plainTextInAGroupIsAnsweredWithSilence() {
        Request group = new Request(-100, 7, "en", "hello everyone", Request.ChatType.GROUP, Request.Origin.MESSAGE);
        assertEquals("", Answers.STANDARD.answer(group).html());
        Request command = group.withText("/latest 1");
        assertTrue(Answers.STANDARD.answer(command).html().contains("<b>Latest events</b>"));
    }

    @Test
    void anUnknownBareCommandInAGroupIsLeftToOtherBots() {
        Request group = new Request(-100, 7, "en", "/ban spammer", Request.ChatType.GROUP, Request.Origin.MESSAGE);
        assertEquals("", Answers.STANDARD.answer(group).html());
        String addressed = Answers.STANDARD.answer(group.withText("/lates@TalksTestBot")).html();
        assertTrue(addressed.contains("I don't know the command /lates. Did you mean /latest?"), addressed);
        assertTrue(Answers.STANDARD.answer(group.withText("/latest@TalksTestBot 1")).html()
                .contains("<b>Latest events</b>"));
    }

    @Test
    void aCommandThatThrowsIsAnsweredPolitely() {
        CommandRouter router = CommandRouter.create(TestStore.empty().jdbi(),
                List.of(new Extra("boom", true, new IllegalStateException("db down"))), request -> Reply.of("fallback"));
        String html = ask(router, "/boom").html();
        assertEquals("Sorry, something went wrong answering /boom; please try again.", html);
        assertEquals("Извините, при ответе на /boom что-то пошло не так; попробуйте ещё раз.",
                ask(router, "/boom", Language.RU).html());
        CommandRouter failingFallback = CommandRouter.create(TestStore.empty().jdbi(), List.of(), request -> {
            throw new IllegalStateException("index down");
        });
        assertEquals(Messages.of(Language.HY).get("common.error_message"), ask(failingFallback, "hello", Language.HY).html());
    }

    @Test
    void extraCommandsAnswerAndAppearInHelpAndMenu() {
        CommandRouter router = CommandRouter.create(TestStore.empty().jdbi(),
                List.of(new Extra("subscribe", true, null), new Extra("admin", false, null)),
                request -> Reply.of("question answering"));
        assertEquals("extra:now", ask(router, "/Subscribe now").html());
        assertTrue(ask(router, "/help").html().contains("/subscribe — Extra command subscribe"));
        List<String> menu = router.menu().stream().map(MenuEntry::command).toList();
        assertTrue(menu.contains("subscribe") && !menu.contains("admin"), menu.toString());
        assertEquals("question answering", ask(router, "hello").html());
    }

    @Test
    void theMenuIsWrittenInEachLanguageWithTheSameCommands() {
        List<MenuEntry> english = Answers.STANDARD.menu();
        for (Language language : Language.values()) {
            List<MenuEntry> menu = Answers.STANDARD.menu(Messages.of(language));
            assertEquals(english.stream().map(MenuEntry::command).toList(), menu.stream().map(MenuEntry::command).toList());
            MenuEntry who = menu.stream().filter(entry -> entry.command().equals("who")).findFirst().orElseThrow();
            assertEquals(Messages.of(language).get("ask.who.description"), who.description());
        }
        assertEquals(english, Answers.STANDARD.menu(Messages.of(Language.EN)));
    }

    @Test
    void anUnknownCommandIsAnsweredInTheReadersLanguage() {
        assertEquals("I don't know the command /latst. Did you mean /latest? /help lists all commands.",
                ask("/latst").html());
        assertEquals("Я не знаю команды /latst. Вы имели в виду /latest? /help — список всех команд.",
                ask("/latst", Language.RU).html());
        assertEquals("Ես չգիտեմ /nosuchthing հրամանը։ /help — բոլոր հրամանները։", ask("/nosuchthing", Language.HY).html());
    }

    @Test
    void menuHasValidEntriesAndOnlyMainTopicShortcuts() {
        List<MenuEntry> menu = Answers.STANDARD.menu();
        assertTrue(menu.size() <= 100);
        for (MenuEntry entry : menu) {
            assertTrue(entry.command().matches("[a-z0-9_]{1,32}"), entry.command());
            assertTrue(!entry.description().isEmpty() && entry.description().length() <= 256);
        }
        List<String> names = menu.stream().map(MenuEntry::command).toList();
        assertTrue(names.containsAll(List.of("start", "latest", "who", "lachin")));
        assertFalse(names.contains("border"), "not a main topic");
    }

    @Test
    void refreshAddsShortcutsForNewTopics() {
        TestStore store = TestStore.empty();
        CommandRouter router = CommandRouter.create(store.jdbi());
        assertTrue(ask(router, "/energy").html().startsWith("I don't know the command /energy."));
        store.topic("energy", "Energy", "energy", true, "Gas and power.", "energy");
        router.refresh();
        assertTrue(ask(router, "/energy").html().startsWith("<b>Energy</b>"));
        assertTrue(ask(router, "/topic energy").html().startsWith("<b>Energy</b>"));
    }

    @Test
    void aChangeThatMovesTheStoreRevisionIsSeenWithoutRefresh() {
        TestStore store = TestStore.empty();
        CommandRouter router = CommandRouter.create(store.jdbi());
        assertTrue(ask(router, "/energy").html().startsWith("I don't know the command /energy."));
        store.topic("energy", "Energy", "energy", true, "Gas and power.", "energy", "power grid");
        store.person("zara-testova", "Zara Testova", "person", null, "zara testova");
        // as every import does: the revision moves, and nothing calls refresh()
        store.jdbi().useHandle(h -> h.execute("UPDATE store_revision SET revision = revision + 1 WHERE id = 1"));
        assertTrue(ask(router, "/energy").html().startsWith("<b>Energy</b>"));
        assertTrue(ask(router, "/topic power grid").html().startsWith("<b>Energy</b>"));
        assertTrue(ask(router, "/who testova").html().startsWith("<b>Zara Testova</b>"));
        assertTrue(router.menu().stream().anyMatch(entry -> entry.command().equals("energy")));
    }

    @Test
    void anotherSearchCanReplaceTheSqlOne() {
        TestStore store = TestStore.standard();
        org.talksbot.store.Event event = new org.talksbot.store.StoreReader(store.jdbi()).events().latest(1, 0).get(0);
        ItemSearch fixed = (words, limit) -> List.of(new Item.OfEvent(event));
        CommandRouter router = CommandRouter.create(store.jdbi(), List.of(), new CommandsOnlyFallback(), fixed);
        assertTrue(ask(router, "/search anything at all").html().contains("Talks on &lt;b&gt;Lachin"));
    }

    @Test
    void aLongEchoIsNotCutInsideAnEmoji() {
        String echo = Texts.echo("x".repeat(Texts.ECHO_LIMIT - 1) + "😀😀");
        assertFalse(Character.isHighSurrogate(echo.charAt(echo.length() - 2)), echo);
    }

    @Test
    void aSlashAloneOrAnEmptyMessageIsHandled() {
        assertTrue(ask("/").html().contains("/help lists all commands"));
        assertEquals(Messages.of(Language.EN).get("ask.commands_only"), ask("").html());
    }

    @Test
    void everyBuiltInCommandTheRouterAnswersIsInTheOneListOfBuiltInNames() {
        List<String> builtIn = Answers.STANDARD.commands().stream()
                .filter(command -> !(command instanceof TopicShortcutCommand)).map(Command::name).toList();
        assertTrue(builtIn.contains("quote"), builtIn.toString());
        builtIn.forEach(name -> assertTrue(BuiltInCommands.isBuiltIn(name), name + " is missing from BuiltInCommands"));
    }

    @Test
    void aTopicCannotShadowABuiltInCommandEvenOneAnotherFeatureProvides() {
        TestStore store = TestStore.empty();
        store.topic("quoting", "Quoting", "quote", true, "About quotes.", "quoting");
        store.topic("subs", "Subs", "subscribe", true, "About subscriptions.", "subs");
        CommandRouter router = CommandRouter.create(store.jdbi());
        assertTrue(ask(router, "/quote").html().contains("/quote"), ask(router, "/quote").html());
        assertFalse(ask(router, "/quote").html().startsWith("<b>Quoting</b>"));
        assertTrue(ask(router, "/subscribe").html().startsWith("I don't know the command /subscribe."));
        assertTrue(ask(router, "/topic quoting").html().startsWith("<b>Quoting</b>"));
    }
}
