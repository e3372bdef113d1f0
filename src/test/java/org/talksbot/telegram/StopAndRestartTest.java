package org.talksbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Bot;
import org.talksbot.core.MenuEntry;
import org.talksbot.core.Reply;
import org.talksbot.search.InlineSource;
import org.talksbot.store.Database;

/** A stop (SIGTERM) leaves what it could not finish in the store, and the next start finishes it. */
class StopAndRestartTest {

    private static final List<MenuEntry> MENU = List.of(new MenuEntry("start", "What this bot is"));
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void updatesStillBeingHandledAtAStopAreAnsweredOnceAfterTheRestart() throws Exception {
        Jdbi jdbi = Database.inMemory("restart-" + UUID.randomUUID());
        CountDownLatch handling = new CountDownLatch(2);
        Bot stuck = request -> {
            handling.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped while answering");
            }
            return Reply.of("too late");
        };
        Bot echo = request -> Reply.of("re: " + request.text());
        try (FakeBotApi fake = FakeBotApi.start()) {
            PollingBot first = new PollingBot(fake, jdbi, stuck, MENU, ChatMembershipListener.NONE, InlineSource.NONE);
            fake.enqueueText(1, 1, "one");
            fake.enqueueText(1, 1, "two");
            fake.enqueueText(2, 2, "three");
            assertTrue(handling.await(10, TimeUnit.SECONDS), "the updates never reached the bot");
            Waiting.until(() -> count(jdbi, "SELECT COUNT(*) FROM inbox") == 3, WAIT, "every update stored");

            first.close();
            assertEquals(3, count(jdbi, "SELECT COUNT(*) FROM inbox WHERE state = 'PENDING'"));

            try (PollingBot second = new PollingBot(fake, jdbi, echo, MENU, ChatMembershipListener.NONE,
                    InlineSource.NONE)) {
                assertEquals(List.of("re: one", "re: two"), texts(fake.awaitMessages(1, 2, WAIT)));
                assertEquals(List.of("re: three"), texts(fake.awaitMessages(2, 1, WAIT)));
                Thread.sleep(300);
                assertEquals(3, fake.calls("sendMessage").size(), "nothing more: no apology, no repeat");
            }
        }
    }

    private static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static List<String> texts(List<FakeBotApi.Sent> sent) {
        return sent.stream().map(FakeBotApi.Sent::text).toList();
    }
}
