package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Digests and quiet hours on the injected clock, through the real planner, outbox and sender: what
 * waits for a digest, when it is queued, that it is queued once whatever restarts, and how quiet hours
 * silence or hold instant notifications.
 */
class DigestsAndQuietHoursTest {

    private static final Messages EN = Messages.of(Language.EN);

    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final FakeTelegram telegram = new FakeTelegram(time, 30);
    private final OutboxWriter writer = new OutboxWriter(time);
    private final ChatRegistry chats = new ChatRegistry(store.jdbi, time);
    private final Subscriptions subscriptions = new Subscriptions(store.jdbi, time);
    private final DeliverySettings settings = subscriptions.settings();
    private final ChatAdmins everyoneManages = request -> true;
    private final DigestCommand digest = new DigestCommand(settings, everyoneManages);
    private final QuietCommand quiet = new QuietCommand(settings, everyoneManages);
    private final TimezoneCommand timezone = new TimezoneCommand(settings, everyoneManages);
    private final List<Notifier> started = new ArrayList<>();

    @AfterEach
    void close() {
        started.forEach(Notifier::close);
    }

    /** A sender as a freshly started process has it. */
    private Notifier notifier() {
        Notifier notifier = new Notifier(store.jdbi, telegram, new Throttle(ThrottleSettings.TELEGRAM, time), chats,
                time);
        started.add(notifier);
        return notifier;
    }

    /** What the running bot does about once a second: plan due digests (a new planner: as after a restart), send. */
    private int tick() {
        new DigestPlanner(store.jdbi, time).planDue();
        return notifier().deliverDue();
    }

    private static Request chat(long id) {
        return StoreFixture.privateChat(id, "");
    }

    private void followLachin(long chatId) {
        subscriptions.add(chat(chatId), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
    }

    private List<FakeTelegram.Sent> sentTo(long chatId) {
        return telegram.sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    private void importLachinEvent(String id, String title) {
        store.importEvent(writer, id, title, List.of("lachin-corridor"), List.of("antony-blinken"));
    }

    @Test
    void aDailyChatGetsNoInstantMessageAndOneDigestAtItsLocalMinute() {
        time.setNow(Instant.parse("2026-03-27T12:00:00Z"));
        followLachin(1);
        followLachin(2);
        timezone.answer(chat(1), "Europe/Berlin");
        assertTrue(digest.answer(chat(1), "daily 08:00").html().contains("daily digest at 08:00"));

        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        store.importQuote(writer, "q-2023-03-20-blinken", "antony-blinken", "Diplomacy is the only way.",
                List.of("lachin-corridor"));
        tick();
        assertEquals(2, sentTo(2).size(), "the instant chat hears at once");
        assertEquals(0, sentTo(1).size(), "the daily chat waits for its digest");

        time.setNow(Instant.parse("2026-03-28T06:59:00Z"));  // 07:59 in Berlin (CET)
        assertEquals(0, tick());
        time.setNow(Instant.parse("2026-03-28T07:00:00Z"));  // 08:00
        assertEquals(1, tick());
        List<FakeTelegram.Sent> digests = sentTo(1);
        assertEquals(1, digests.size());
        String html = digests.get(0).reply().html();
        assertTrue(html.startsWith("<b>Daily digest</b> · " + EN.day(LocalDate.of(2026, 3, 28))), html);
        assertTrue(html.contains("2 new items since the last digest"), html);
        assertTrue(html.contains("<b>Lachin corridor</b>"), html);
        assertTrue(html.contains("Checkpoint talks"), html);
        assertTrue(html.contains("Diplomacy is the only way."), html);
        assertTrue(html.contains("https://asbarez.com/2023-03-20-checkpoint"), html);
        assertTrue(html.contains("• " + EN.day(LocalDate.of(2023, 3, 20)) + " · Checkpoint talks"), html);
        assertFalse(digests.get(0).silent());

        time.setNow(Instant.parse("2026-03-28T07:30:00Z"));
        assertEquals(0, tick(), "once sent, the same digest is never planned again");
        // the next day, across the change to summer time: 08:00 CEST is 06:00 UTC; nothing new, nothing sent
        time.setNow(Instant.parse("2026-03-29T06:00:00Z"));
        tick();
        assertEquals(1, sentTo(1).size());
        assertEquals(2, store.count("SELECT COUNT(*) FROM digest WHERE chat_id = 1"));
        importLachinEvent("2023-03-21-next", "Next round");
        time.setNow(Instant.parse("2026-03-30T05:59:00Z"));
        tick();
        assertEquals(1, sentTo(1).size());
        time.setNow(Instant.parse("2026-03-30T06:00:00Z"));
        tick();
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).reply().html().contains("Next round"));
        assertFalse(sentTo(1).get(1).reply().html().contains("Checkpoint talks"), "only what is new since");
    }

    @Test
    void aRestartAtTheScheduledMinuteSendsTheDigestOnceAndADownedBotSendsItWhenBack() {
        time.setNow(Instant.parse("2026-11-02T12:00:00Z"));
        followLachin(1);
        timezone.answer(chat(1), "America/New_York");
        digest.answer(chat(1), "weekly mon 09:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");

        // Monday 9 November, 09:00 EST = 14:00 UTC: planned, then the process dies before sending
        time.setNow(Instant.parse("2026-11-09T14:00:00Z"));
        assertEquals(1, new DigestPlanner(store.jdbi, time).planDue());
        // restarted within the same minute: planning again queues nothing more
        assertEquals(0, new DigestPlanner(store.jdbi, time).planDue());
        DigestPlanner running = new DigestPlanner(store.jdbi, time);
        assertEquals(0, running.planDue());
        assertEquals(0, running.planDue(), "a planner that saw the digest planned looks no further");
        assertEquals(1, notifier().deliverDue());
        assertEquals(0, tick());
        assertEquals(1, sentTo(1).size());

        // down from before the next Monday's minute until 10:30; the digest comes when it is back
        importLachinEvent("2023-03-21-next", "Next round");
        time.setNow(Instant.parse("2026-11-16T15:30:00Z"));
        assertEquals(1, tick());
        assertEquals(0, tick());
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).reply().html().startsWith("<b>Weekly digest</b> · " + EN.day(LocalDate.of(2026, 11, 16))));
    }

    @Test
    void choosingADigestAfterTodaysMinuteWaitsForTomorrowAndOffSendsWhatWaited() {
        time.setNow(Instant.parse("2026-06-01T10:00:00Z"));  // 14:00 in UTC+4, the default
        followLachin(1);
        assertTrue(digest.answer(chat(1), "daily 08:00").html().contains("UTC+4"));
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        tick();
        assertEquals(0, sentTo(1).size(), "today's 08:00 was before the chat chose it");

        assertTrue(digest.answer(chat(1), "off").html().contains("Digests are off"));
        tick();
        assertEquals(1, sentTo(1).size());
        assertTrue(sentTo(1).get(0).reply().html().contains("New event · "), "sent as the instant message it waited as");
        time.setNow(Instant.parse("2026-06-02T04:00:00Z"));
        tick();
        assertEquals(1, sentTo(1).size(), "no digest once they are off");
    }

    @Test
    void changingTheZoneDoesNotSendADigestWhoseMinuteItMovedIntoThePast() {
        time.setNow(Instant.parse("2026-06-01T03:30:00Z"));  // 07:30 in UTC+4, 05:30 in Berlin
        followLachin(1);
        digest.answer(chat(1), "daily 06:00");  // 06:00 in UTC+4 was at 02:00 UTC, before this
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        time.setNow(Instant.parse("2026-06-01T05:00:00Z"));  // 07:00 in Berlin
        timezone.answer(chat(1), "Europe/Berlin");  // 06:00 in Berlin was at 04:00 UTC, an hour ago
        assertEquals(0, tick());
        time.setNow(Instant.parse("2026-06-02T04:00:00Z"));  // 06:00 the next day in Berlin
        assertEquals(1, tick());
        assertTrue(sentTo(1).get(0).reply().html().contains("Checkpoint talks"));
    }

    @Test
    void duringQuietHoursNotificationsArriveSilentlyAndAfterThemWithASound() {
        time.setNow(Instant.parse("2026-06-01T20:00:00Z"));  // 00:00 in UTC+4
        followLachin(1);
        followLachin(2);
        assertTrue(quiet.answer(chat(1), "23:00-08:00").html().contains("arrive silently"));
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        tick();
        assertTrue(sentTo(1).get(0).silent(), "imported during quiet hours: silent");
        assertFalse(sentTo(2).get(0).silent(), "no quiet hours, a sound");

        time.setNow(Instant.parse("2026-06-02T04:00:00Z"));  // 08:00, quiet hours over
        importLachinEvent("2023-03-21-next", "Next round");
        tick();
        assertFalse(sentTo(1).get(1).silent());
    }

    @Test
    void quietHoursWithHoldKeepNotificationsUntilTheyEnd() {
        time.setNow(Instant.parse("2026-06-01T20:00:00Z"));  // 22:00 in Berlin (CEST)
        followLachin(1);
        timezone.answer(chat(1), "Europe/Berlin");
        quiet.answer(chat(1), "22:00-07:30 hold");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        importLachinEvent("2023-03-21-next", "Next round");
        assertEquals(0, tick());
        time.setNow(Instant.parse("2026-06-02T05:29:00Z"));  // 07:29
        assertEquals(0, tick());
        assertEquals(0, store.count("SELECT MAX(attempts) FROM outbox WHERE chat_id = 1"), "holding is no attempt");
        time.setNow(Instant.parse("2026-06-02T05:30:00Z"));  // 07:30
        tick();
        time.setNow(Instant.parse("2026-06-02T05:31:00Z"));
        tick();
        assertEquals(2, sentTo(1).size());
        assertFalse(sentTo(1).get(0).silent(), "held ones come with a sound once quiet hours are over");
    }

    @Test
    void endingQuietHoursSendsWhatTheyHeldAtOnce() {
        time.setNow(Instant.parse("2026-06-01T20:00:00Z"));  // 00:00 in UTC+4
        followLachin(1);
        quiet.answer(chat(1), "23:00-08:00 hold");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        assertEquals(0, tick());
        assertTrue(quiet.answer(chat(1), "off").html().contains("Quiet hours are off"));
        assertEquals(1, tick());
        assertFalse(sentTo(1).get(0).silent());
    }

    @Test
    void heldNotificationsFollowANewZonesEndOfQuietHours() {
        time.setNow(Instant.parse("2026-06-01T22:00:00Z"));  // 02:00 in UTC+4, 00:00 in Berlin
        followLachin(1);
        quiet.answer(chat(1), "23:00-05:00 hold");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        assertEquals(0, tick());
        timezone.answer(chat(1), "Europe/Berlin");  // quiet until 05:00 Berlin = 03:00 UTC, not 01:00 UTC
        time.setNow(Instant.parse("2026-06-02T01:00:00Z"));
        assertEquals(0, tick());
        time.setNow(Instant.parse("2026-06-02T03:00:00Z"));
        assertEquals(1, tick());
    }

    @Test
    void aDigestDueInsideQuietHoursIsSilent() {
        time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1);
        quiet.answer(chat(1), "06:00-09:00 hold");
        digest.answer(chat(1), "daily 07:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        time.setNow(Instant.parse("2026-06-02T03:00:00Z"));  // 07:00 in UTC+4
        assertEquals(1, tick());
        assertTrue(sentTo(1).get(0).silent());
        assertTrue(sentTo(1).get(0).reply().html().contains("Daily digest"));
    }

    @Test
    void aDigestListsOnlyWhatTheChatStillFollowsAndNothingWhenThatIsNothing() {
        time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1);
        subscriptions.add(chat(1), new Target(Target.Kind.TOPIC, "border-delimitation", "Border delimitation"));
        digest.answer(chat(1), "daily 15:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        store.importEvent(writer, "2023-03-22-border", "Border commission meets", List.of("border-delimitation"),
                List.of());
        subscriptions.remove(1, new Target(Target.Kind.TOPIC, "border-delimitation", "Border delimitation"));
        time.setNow(Instant.parse("2026-06-01T11:00:00Z"));  // 15:00 in UTC+4
        assertEquals(1, tick());
        String html = sentTo(1).get(0).reply().html();
        assertTrue(html.contains("Checkpoint talks") && !html.contains("Border commission"), html);

        store.importEvent(writer, "2023-03-23-border", "Border commission meets again",
                List.of("border-delimitation"), List.of());
        time.setNow(Instant.parse("2026-06-02T11:00:00Z"));
        assertEquals(0, tick(), "nothing it follows is new: no digest");
        assertEquals(1, sentTo(1).size());
    }

    @Test
    void aBlockedChatGetsNoDigestAndItsDigestIsNotRetried() {
        time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1);
        digest.answer(chat(1), "daily 15:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        telegram.unreachable.add(1L);
        time.setNow(Instant.parse("2026-06-01T11:00:00Z"));
        tick();
        assertEquals(Boolean.FALSE, chats.isActive(1).orElseThrow());
        assertEquals(0, tick());
        assertEquals(0, sentTo(1).size());
        assertEquals(0, store.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 1 AND state = 'PENDING'"));
    }
}
