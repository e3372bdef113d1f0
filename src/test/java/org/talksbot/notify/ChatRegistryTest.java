package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

class ChatRegistryTest {

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final ChatRegistry chats = new ChatRegistry(store.jdbi, time);

    @Test
    void aChatIsRememberedActiveOnItsFirstMessage() {
        chats.seen(42, false);

        assertEquals(Optional.of(true), chats.isActive(42));
        assertEquals(time.now(), changedAt(42));
    }

    @Test
    void anActiveChatWritingAgainIsNotRewritten() {
        chats.seen(42, false);
        Instant first = time.now();
        time.advance(Duration.ofMinutes(5));

        chats.seen(42, false);

        assertEquals(first, changedAt(42), "nothing changed, so nothing was written");
    }

    @Test
    void aChatThatBlockedTheBotIsActiveAgainWhenItWrites() {
        chats.seen(42, false);
        chats.unreachable(42, "bot was blocked");
        time.advance(Duration.ofMinutes(5));

        chats.seen(42, false);

        assertEquals(Optional.of(true), chats.isActive(42));
        assertEquals(time.now(), changedAt(42));
    }

    @Test
    void aNewChatIsStoredWithTheLanguageItsAppReports() {
        chats.tracking(request -> Reply.of("")).answer(Request.privateMessage(42, "/start").withLanguage("ru"));
        chats.tracking(request -> Reply.of("")).answer(Request.privateMessage(43, "/start").withLanguage("xx"));

        assertEquals("ru", language(42));
        assertEquals("en", language(43), "a language the bot does not speak starts the chat in English");
    }

    @Test
    void aKnownChatKeepsItsLanguageWhateverItsAppSays() {
        chats.tracking(request -> Reply.of("")).answer(Request.privateMessage(42, "/start").withLanguage("hy"));
        chats.tracking(request -> Reply.of("")).answer(Request.privateMessage(42, "/latest").withLanguage("ru"));

        assertEquals("hy", language(42));
    }

    @Test
    void aChatNeverSeenIsUnknown() {
        assertEquals(Optional.empty(), chats.isActive(7));
    }

    private String language(long chatId) {
        return store.jdbi.withHandle(h -> h.createQuery("SELECT language FROM chat WHERE id = :id").bind("id", chatId)
                .mapTo(String.class).one());
    }

    private Instant changedAt(long chatId) {
        return store.jdbi.withHandle(h -> h.createQuery("SELECT updated_at FROM chat WHERE id = :id").bind("id", chatId)
                .mapTo(Instant.class).one());
    }
}
