package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.NotifyFixture.event;
import static org.talksbot.NotifyFixture.notifications;
import static org.talksbot.NotifyFixture.quote;
import static org.talksbot.TelegramApp.WAIT;
import static org.talksbot.TelegramApp.buttonData;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.notify.TimeSource;
import org.talksbot.telegram.FakeBotApi;
import org.talksbot.telegram.FakeFailure;
import org.talksbot.telegram.FakeRateLimits;
import org.talksbot.telegram.Waiting;

/**
 * Subscriptions and notifications end to end: the real app polling the fake Bot API (which enforces
 * Telegram's rate limits), curators importing through {@code talksbot import} on the same database
 * while it runs, and the sender delivering what the import queued. The app runs on {@link VirtualTime}
 * (waits for rate limits take no real time), except where a test needs a fan-out still under way.
 */
class AppNotifyTest {

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();
    private TelegramApp telegram;
    private FakeBotApi fake;

    private TelegramApp start(FakeBotApi api, String... env) {
        return start(api, time, env);
    }

    /** On real time: for tests that need a fan-out still under way when they act. */
    private TelegramApp startInRealTime(FakeBotApi api, String... env) {
        return start(api, TimeSource.SYSTEM, env);
    }

    private TelegramApp start(FakeBotApi api, TimeSource clock, String... env) {
        telegram = TelegramApp.start(api, new NotifyFixture(dir).env(env), clock);
        fake = telegram.fake;
        return telegram;
    }

    @AfterEach
    void stop() {
        if (telegram != null) {
            telegram.close();
        }
    }

    /** Sends {@code text} from the chat's own user (an admin in groups) and waits for the reply. */
    private FakeBotApi.Sent say(long chat, String text) {
        int before = fake.sent(chat).size();
        fake.enqueueText(chat, chat < 0 ? -chat : chat, text);
        return fake.awaitMessages(chat, before + 1, WAIT).get(before);
    }

    @Test
    void everySubscriberGetsEachMatchingItemExactlyOnceWithinTelegramsLimits() {
        FakeRateLimits limits = FakeRateLimits.telegram(time::nanos);
        FakeBotApi api = FakeBotApi.start();
        api.intercept(limits);
        start(api);
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        List<Long> everything = new ArrayList<>();
        List<Long> channel = new ArrayList<>();
        List<Long> quiet = new ArrayList<>();
        for (long chat = 1001; chat <= 1040; chat++) {
            List<Long> group = chat % 4 == 0 ? everything : chat % 4 == 1 ? channel : chat % 4 == 2 ? quiet : everything;
            group.add(chat);
            String follows = group == everything ? "all" : group == channel ? "zed channel" : "quiet";
            assertTrue(say(chat, "/subscribe " + follows).text().startsWith("This chat now follows"));
        }
        // following the topic and the person still means one message per item
        channel.forEach(chat -> say(chat, "/subscribe envoy"));
        long group = -5001;
        fake.chatMemberStatus(group, 5001, "administrator");
        assertTrue(say(group, "/subscribe@" + FakeBotApi.BOT_USERNAME + " envoy").text().startsWith("This chat now follows"));
        channel.add(group);
        // replies may burst in a chat (two commands in a row); the fan-out below must not
        int refusalsBefore = fake.refusals().size();
        int tooManyBefore = limits.tooManyRequests();

        NotifyFixture.Import result = curator.importEvents("news.yaml",
                List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false),
                        event("2031-01-03-zed-talks-close", 3, "Zed talks close", false)),
                List.of(quote("q-2031-01-03-zed-envoy-hope", 3, "We hope for a deal.")));
        assertTrue(result.out().contains("notifications: " + 3 * (everything.size() + channel.size())), result.out());

        for (long chat : everything) {
            assertEquals(3, awaitNotifications(chat, 3).size());
        }
        for (long chat : channel) {
            assertEquals(3, awaitNotifications(chat, 3).size());
        }
        waitForTheNotifierToGoIdle();
        quiet.forEach(chat -> assertEquals(List.of(), notifications(fake, chat)));
        everything.forEach(chat -> assertEquals(3, notifications(fake, chat).size(), "chat " + chat));
        channel.forEach(chat -> assertEquals(3, notifications(fake, chat).size(), "chat " + chat));
        assertEquals(tooManyBefore, limits.tooManyRequests(), fake.refusals().toString());
        assertEquals(List.of(), fake.refusals().subList(refusalsBefore, fake.refusals().size()));
        assertTrue(limits.accepted() >= 3 * (everything.size() + channel.size()));
    }

    @Test
    void aNotificationIsShortAndSourcedAndItsMoreButtonIsAnswered() {
        start(FakeBotApi.start());
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        long chat = 2001;
        say(chat, "/subscribe zed channel");
        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)),
                List.of(quote("q-2031-01-03-zed-envoy-hope", 3, "We hope for a deal.")));

        List<FakeBotApi.Sent> sent = awaitNotifications(chat, 2);
        FakeBotApi.Sent eventNote = sent.stream().filter(s -> s.text().contains("New event")).findFirst().orElseThrow();
        assertEquals("New event · " + Messages.of(Language.EN).day(LocalDate.of(2031, 1, 2)) + "\n<b>Zed talks open</b>\n"
                + "Source: <a href=\"https://example.org/2031-01-02-zed-talks\">Example</a>", eventNote.text());
        FakeBotApi.Sent quoteNote = sent.stream().filter(s -> s.text().contains("New quote")).findFirst().orElseThrow();
        assertTrue(quoteNote.text().contains("<b>Zed Envoy</b>") && quoteNote.text().contains("We hope for a deal."),
                quoteNote.text());
        assertEquals(List.of("/event 2031-01-02-zed-talks"), buttonData(eventNote));
        assertEquals(List.of("/quote q-2031-01-03-zed-envoy-hope"), buttonData(quoteNote));

        for (FakeBotApi.Sent note : List.of(eventNote, quoteNote)) {
            int before = fake.sent(chat).size();
            fake.enqueueCallback(chat, chat, buttonData(note).get(0));
            String more = fake.awaitMessages(chat, before + 1, WAIT).get(before).text();
            assertTrue(more.contains("2031-01-0") && more.contains("https://example.org/"), more);
            assertFalse(more.startsWith("There is no"), more);
        }
    }

    @Test
    void blockedChatsAreMarkedAndSkippedUntilTheyWriteAgain() {
        start(FakeBotApi.start());
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        long blocked = 3001;
        long gone = 3002;
        long kicked = 3003;
        long fine = 3004;
        for (long chat : List.of(blocked, gone, kicked, fine)) {
            say(chat, "/subscribe all");
        }
        fake.failFor("sendMessage", blocked, FakeFailure.blocked(), 1);
        fake.failFor("sendMessage", gone, FakeFailure.chatNotFound(), Integer.MAX_VALUE);
        fake.enqueueMyChatMember(kicked, kicked, "member", "kicked");
        Waiting.until(() -> !active(kicked), WAIT, "chat " + kicked + " marked inactive");

        curator.importEvents("one.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)), List.of());
        awaitNotifications(fine, 1);
        Waiting.until(() -> !active(blocked) && !active(gone), WAIT, "blocked chats marked inactive");
        curator.importEvents("two.yaml", List.of(event("2031-01-03-zed-talks-close", 3, "Zed talks close", false)),
                List.of());
        awaitNotifications(fine, 2);
        waitForTheNotifierToGoIdle();
        assertEquals(1, messagesTried(blocked), "the blocked chat is tried once, then skipped");
        assertEquals(1, messagesTried(gone));
        assertEquals(0, messagesTried(kicked));

        // the chat unblocks the bot and writes: it is active again, still following everything
        assertTrue(say(blocked, "/start").text().length() > 0);
        assertTrue(active(blocked));
        curator.importEvents("three.yaml", List.of(event("2031-01-04-zed-follow-up", 4, "Zed follow-up", false)),
                List.of());
        assertTrue(awaitNotifications(blocked, 1).get(0).text().contains("Zed follow-up"));
        assertTrue(say(blocked, "/subscriptions").text().contains("all updates"));
    }

    @Test
    void aRestartInTheMiddleOfAFanOutCompletesItWithoutLoss() {
        FakeBotApi api = FakeBotApi.start();
        startInRealTime(api, "TALKSBOT_MAX_MESSAGES_PER_SECOND", "5");
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        List<Long> chats = new ArrayList<>();
        for (long chat = 4001; chat <= 4025; chat++) {
            chats.add(chat);
            say(chat, "/subscribe all");
        }
        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)), List.of());
        Waiting.until(() -> delivered(chats) >= 5, WAIT, "the fan-out under way");

        telegram.app.close();
        int beforeRestart = delivered(chats);
        assertTrue(beforeRestart < chats.size(), "stopped mid-fan-out, after " + beforeRestart);
        telegram = TelegramApp.start(api, curator.env(), TimeSource.SYSTEM);

        for (long chat : chats) {
            assertTrue(awaitNotifications(chat, 1).get(0).text().contains("Zed talks open"));
        }
        waitForTheNotifierToGoIdle();
        // only the message in flight at the stop may come twice
        assertTrue(delivered(chats) <= chats.size() + 1, "delivered " + delivered(chats));
        assertTrue(say(4001, "/subscriptions").text().contains("all updates"), "subscriptions survive the restart");
    }

    @Test
    void importWhileRunningNotifiesButAPlainEditDoesNotAndACorrectionSaysSo() {
        start(FakeBotApi.start());
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        long chat = 5001;
        say(chat, "/subscribe envoy");
        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)), List.of());
        awaitNotifications(chat, 1);

        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks opened", false)),
                List.of());
        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks formally opened", true)),
                List.of());
        FakeBotApi.Sent correction = awaitNotifications(chat, 2).get(1);
        assertTrue(correction.text().startsWith("<b>Correction:</b>"), correction.text());
        assertTrue(correction.text().contains("Zed talks formally opened"), correction.text());
        waitForTheNotifierToGoIdle();
        assertEquals(2, notifications(fake, chat).size(), "the plain edit notified nobody");
    }

    @Test
    void dryRunCountsNotificationsAndChangesNothing() {
        start(FakeBotApi.start());
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        say(6001, "/subscribe all");
        say(6002, "/subscribe zed channel");
        say(6003, "/subscribe quiet");

        NotifyFixture.Import dry = curator.importFile("news.yaml", "events:\n"
                + event("2031-01-02-zed-talks", 2, "Zed talks open", false), true);

        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("added: 2031-01-02-zed-talks"), dry.out());
        assertTrue(dry.out().contains("event 2031-01-02-zed-talks: 2 chats\nnotifications: 2"), dry.out());
        assertEquals(0, count("SELECT COUNT(*) FROM event WHERE id = '2031-01-02-zed-talks'"));
        assertEquals(0, pending());
    }

    @Test
    void aMalformedFileIsRefusedNamingFileAndItemAndNobodyIsNotified() {
        start(FakeBotApi.start());
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        say(7001, "/subscribe all");

        NotifyFixture.Import broken = curator.importFile("broken.yaml", "events:\n"
                + event("2031-01-02-zed-talks", 2, "Zed talks open", false)
                + event("2031-01-05-zed-bad", 2, "Bad date", false).replace("2031-01-02", "someday"), false);

        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("broken.yaml") && broken.err().contains("2031-01-05-zed-bad"), broken.err());
        assertEquals(0, pending());
        assertEquals(0, count("SELECT COUNT(*) FROM event WHERE id LIKE '2031-%'"));
        waitForTheNotifierToGoIdle();
        assertEquals(List.of(), notifications(fake, 7001));
    }

    @Test
    void subscriptionCommandsAnswerMistakesPolitelyAndGroupsNeedAnAdmin() {
        start(FakeBotApi.start());
        new NotifyFixture(dir).importBase();
        long chat = 8001;
        FakeBotApi.Sent menu = say(chat, "/subscribe");
        assertTrue(buttonData(menu).containsAll(List.of("/subscribe all-updates", "/subscribe topic:zed-channel")), buttonData(menu).toString());
        assertTrue(say(chat, "/subscribe lachin").text().startsWith("This chat now follows <b>Lachin corridor</b>"));
        assertTrue(say(chat, "/subscribe blinken").text().startsWith("This chat now follows <b>Antony Blinken</b>"));
        assertTrue(say(chat, "/subscribe lachin").text().startsWith("This chat already follows"));
        assertTrue(say(chat, "/subscribe nosuchthingatall").text().startsWith("I don't know “nosuchthingatall”"));
        FakeBotApi.Sent guess = say(chat, "/subscribe blinkin");
        assertTrue(guess.text().contains("Did you mean"), guess.text());
        assertTrue(buttonData(guess).contains("/subscribe person:antony-blinken"), buttonData(guess).toString());
        assertTrue(say(chat, "/unsubscribe envoy").text().startsWith("This chat does not follow"));
        FakeBotApi.Sent list = say(chat, "/subscriptions");
        assertTrue(list.text().contains("Lachin corridor") && list.text().contains("Antony Blinken"), list.text());
        assertTrue(buttonData(list).stream().allMatch(data -> data.startsWith("/unsubscribe ")
                || List.of("/digest", "/quiet", "/timezone").contains(data)), buttonData(list).toString());
        assertTrue(buttonData(list).containsAll(List.of("/digest", "/quiet", "/timezone")), buttonData(list).toString());
        assertTrue(say(chat, "/unsubscribe blinken").text().startsWith("This chat no longer follows"));
        assertTrue(say(chat, "/unsubscribe all").text().startsWith("This chat no longer follows anything"));

        long group = -8002;
        fake.chatMemberStatus(group, 8003, "member");
        fake.enqueueText(group, 8003, "/subscribe@" + FakeBotApi.BOT_USERNAME + " all");
        assertEquals("Sorry, only this group's admins can change what it follows.",
                fake.awaitMessages(group, 1, WAIT).get(0).text());
        fake.chatMemberStatus(group, 8004, "creator");
        fake.enqueueText(group, 8004, "/subscribe@" + FakeBotApi.BOT_USERNAME + " all");
        assertTrue(fake.awaitMessages(group, 2, WAIT).get(1).text().startsWith("This chat now follows"));
    }

    @Test
    void adminsGetStatsAndReloadOthersDoNot() {
        start(FakeBotApi.start(), "TALKSBOT_ADMINS", "9001");
        new NotifyFixture(dir).importBase();
        say(9002, "/subscribe zed channel");
        String stats = say(9001, "/stats").text();
        assertTrue(stats.contains("Zed channel"), stats);
        assertTrue(say(9001, "/reload").text().startsWith("Reloaded."));
        String refused = say(9002, "/stats").text();
        assertFalse(refused.contains("Zed channel"), refused);
    }

    @Test
    void aUsersQuestionIsAnsweredAheadOfQueuedNotifications() {
        startInRealTime(FakeBotApi.start(), "TALKSBOT_MAX_MESSAGES_PER_SECOND", "2");
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        for (long chat = 9401; chat <= 9416; chat++) {
            say(chat, "/subscribe all");
        }
        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)), List.of());
        awaitNotifications(9401, 1);

        assertTrue(say(9499, "/help").text().contains("/subscribe"));
        assertTrue(pending() > 0, "the reply did not wait for the fan-out to finish");
    }

    @Test
    void closingTheAppMidFanOutStopsEveryThreadItStartedWithinSeconds() {
        startInRealTime(FakeBotApi.start(), "TALKSBOT_MAX_MESSAGES_PER_SECOND", "2");
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        for (long chat = 9501; chat <= 9510; chat++) {
            say(chat, "/subscribe all");
        }
        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)), List.of());
        awaitNotifications(9501, 1);

        long start = System.nanoTime();
        telegram.close();
        telegram = null;
        Waiting.until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("talksbot-")), Duration.ofSeconds(5),
                "every talksbot thread to end");
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(6).toNanos());
    }

    private List<FakeBotApi.Sent> awaitNotifications(long chat, int count) {
        Waiting.until(() -> notifications(fake, chat).size() >= count, WAIT, count + " notifications to chat " + chat);
        return notifications(fake, chat);
    }

    private int delivered(List<Long> chats) {
        return chats.stream().mapToInt(chat -> notifications(fake, chat).size()).sum();
    }

    private long messagesTried(long chat) {
        return fake.calls().stream().filter(c -> c.method().equals("sendMessage"))
                .filter(c -> c.body().path("chat_id").asLong() == chat)
                .filter(c -> c.body().path("text").asText().contains("New event"))
                .count();
    }

    private boolean active(long chat) {
        return telegram.app.jdbi().withHandle(h -> h.createQuery("SELECT active FROM chat WHERE id = :id")
                .bind("id", chat).mapTo(Boolean.class).findOne()).orElse(true);
    }

    private int pending() {
        return count("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'");
    }

    private int count(String sql) {
        return telegram.app.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /** Nothing pending, and a moment for a wrongly repeated message to show up. */
    private void waitForTheNotifierToGoIdle() {
        Waiting.until(() -> pending() == 0, WAIT, "an empty outbox");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
