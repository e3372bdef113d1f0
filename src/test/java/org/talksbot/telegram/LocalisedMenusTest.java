package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;
import org.talksbot.inbox.Inbox;
import org.talksbot.notify.TimeSource;
import org.talksbot.search.InlineSource;
import org.talksbot.store.Database;

/** setMyCommands once per language: English as everyone's default, Russian and Armenian by language_code. */
class LocalisedMenusTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Map<Language, List<MenuEntry>> MENUS = Map.of(
            Language.EN, List.of(new MenuEntry("start", "What this bot is")),
            Language.RU, List.of(new MenuEntry("start", "Что это за бот")),
            Language.HY, List.of(new MenuEntry("start", "Ինչ է այս բոտը")));

    private final FakeBotApi fake = FakeBotApi.start();
    private TelegramBot bot;

    private void start(Map<Language, List<MenuEntry>> menus) {
        TelegramApi api = TelegramApi.open(FakeBotApi.TOKEN, fake.url());
        bot = TelegramBot.start(api, request -> Reply.of("ok"), menus, request -> Language.EN,
                ChatMembershipListener.NONE, InlineSource.NONE,
                new Inbox(Database.inMemory("menus-" + UUID.randomUUID()), TimeSource.SYSTEM), () -> { });
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        fake.close();
    }

    @Test
    void eachLanguagesMenuIsSetWithItsLanguageCodeAndEnglishWithoutOne() {
        start(MENUS);

        List<JsonNode> calls = fake.awaitCalls("setMyCommands", 3, WAIT);
        assertEquals(3, calls.size());
        assertFalse(calls.get(0).has("language_code"), calls.get(0).toString());
        assertEquals(List.of("What this bot is"), fake.menuDescriptions(""));
        assertEquals(List.of("Что это за бот"), fake.menuDescriptions("ru"));
        assertEquals(List.of("Ինչ է այս բոտը"), fake.menuDescriptions("hy"));
    }

    @Test
    void aFollowedMenuSendsOnlyTheLanguagesThatChanged() throws InterruptedException {
        start(MENUS);
        fake.awaitCalls("setMyCommands", 3, WAIT);
        AtomicReference<Map<Language, List<MenuEntry>>> now = new AtomicReference<>(MENUS);

        bot.followMenu(now::get, Duration.ofMillis(20));
        now.set(Map.of(Language.EN, MENUS.get(Language.EN), Language.HY, MENUS.get(Language.HY),
                Language.RU, List.of(new MenuEntry("start", "Что это за бот"), new MenuEntry("lachin", "Лачинский коридор"))));

        fake.awaitCalls("setMyCommands", 4, WAIT);
        Thread.sleep(200);  // several more checks: nothing else changed, so nothing else is sent
        List<JsonNode> calls = fake.calls("setMyCommands");
        assertEquals(4, calls.size(), calls.toString());
        assertEquals("ru", calls.get(3).path("language_code").asText());
        assertEquals(List.of("start", "lachin"), fake.menu("ru"));
    }
}
