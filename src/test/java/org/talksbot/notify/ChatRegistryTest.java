package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
    void aChatNeverSeenIsUnknown() {
        assertEquals(Optional.empty(), chats.isActive(7));
    }

    private Instant changedAt(long chatId) {
        return store.jdbi.withHandle(h -> h.createQuery("SELECT updated_at FROM chat WHERE id = :id").bind("id", chatId)
                .mapTo(Instant.class).one());
    }
}
