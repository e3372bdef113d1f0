package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.notify.DigestRig.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/**
 * Digests and quiet hours on the injected clock, through the real planner, outbox and sender: what
 * waits for a digest, when it is queued, that it is queued once whatever restarts, and how quiet hours
 * silence or hold instant notifications.
 */
class DigestsAndQuietHoursTest {

    private static final Messages EN = Messages.of(Language.EN);

    private final DigestRig rig = new DigestRig();

    @AfterEach
    void close() {
        rig.close();
    }

    private void followLachin(long chatId) {
        rig.subscriptions.add(chat(chatId), new Target(Target.Kind.TOPIC, "lachin-corridor", "Lachin corridor"));
    }

    private List<FakeTelegram.Sent> sentTo(long chatId) {
        return rig.telegram.sent.stream().filter(s -> s.chatId() == chatId).toList();
    }

    private void importLachinEvent(String id, String title) {
        rig.store.importEvent(rig.writer, id, title, List.of("lachin-corridor"), List.of("antony-blinken"));
    }

    @Test
    void aDailyChatGetsNoInstantMessageAndOneDigestAtItsLocalMinute() {
        rig.time.setNow(Instant.parse("2026-03-27T12:00:00Z"));
        followLachin(1);
        followLachin(2);
        rig.timezone.answer(chat(1), "Europe/Berlin");
        assertTrue(rig.digest.answer(chat(1), "daily 08:00").html().contains("daily digest at 08:00"));

        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.store.importQuote(rig.writer, "q-2023-03-20-blinken", "antony-blinken", "Diplomacy is the only way.",
                List.of("lachin-corridor"));
        rig.tick();
        assertEquals(2, sentTo(2).size(), "the instant chat hears at once");
        assertEquals(0, sentTo(1).size(), "the daily chat waits for its digest");

        rig.time.setNow(Instant.parse("2026-03-28T06:59:00Z"));  // 07:59 in Berlin (CET)
        assertEquals(0, rig.tick().delivered());
        rig.time.setNow(Instant.parse("2026-03-28T07:00:00Z"));  // 08:00
        assertEquals(1, rig.tick().delivered());
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

        rig.time.setNow(Instant.parse("2026-03-28T07:30:00Z"));
        assertEquals(0, rig.tick().delivered(), "once sent, the same digest is never planned again");
        // the next day, across the change to summer time: 08:00 CEST is 06:00 UTC; nothing new, nothing sent
        rig.time.setNow(Instant.parse("2026-03-29T06:00:00Z"));
        rig.tick();
        assertEquals(1, sentTo(1).size());
        assertEquals(2, rig.store.count("SELECT COUNT(*) FROM digest WHERE chat_id = 1"));
        importLachinEvent("2023-03-21-next", "Next round");
        rig.time.setNow(Instant.parse("2026-03-30T05:59:00Z"));
        rig.tick();
        assertEquals(1, sentTo(1).size());
        rig.time.setNow(Instant.parse("2026-03-30T06:00:00Z"));
        rig.tick();
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).reply().html().contains("Next round"));
        assertFalse(sentTo(1).get(1).reply().html().contains("Checkpoint talks"), "only what is new since");
    }

    @Test
    void aRestartAtTheScheduledMinuteSendsTheDigestOnceAndADownedBotSendsItWhenBack() {
        rig.time.setNow(Instant.parse("2026-11-02T12:00:00Z"));
        followLachin(1);
        rig.timezone.answer(chat(1), "America/New_York");
        rig.digest.answer(chat(1), "weekly mon 09:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");

        // Monday 9 November, 09:00 EST = 14:00 UTC: planned, then the process dies before sending
        rig.time.setNow(Instant.parse("2026-11-09T14:00:00Z"));
        assertEquals(1, new DigestPlanner(rig.store.jdbi, rig.time).planDue());
        // restarted within the same minute: planning again queues nothing more
        assertEquals(0, new DigestPlanner(rig.store.jdbi, rig.time).planDue());
        DigestPlanner running = new DigestPlanner(rig.store.jdbi, rig.time);
        assertEquals(0, running.planDue());
        assertEquals(0, running.planDue(), "a planner that saw the digest planned looks no further");
        assertEquals(1, rig.notifier().deliverDue());
        assertEquals(0, rig.tick().delivered());
        assertEquals(1, sentTo(1).size());

        // down from before the next Monday's minute until 10:30; the digest comes when it is back
        importLachinEvent("2023-03-21-next", "Next round");
        rig.time.setNow(Instant.parse("2026-11-16T15:30:00Z"));
        assertEquals(1, rig.tick().delivered());
        assertEquals(0, rig.tick().delivered());
        assertEquals(2, sentTo(1).size());
        assertTrue(sentTo(1).get(1).reply().html().startsWith("<b>Weekly digest</b> · " + EN.day(LocalDate.of(2026, 11, 16))));
    }

    @Test
    void choosingADigestAfterTodaysMinuteWaitsForTomorrowAndOffSendsWhatWaited() {
        rig.time.setNow(Instant.parse("2026-06-01T10:00:00Z"));  // 14:00 in UTC+4, the default
        followLachin(1);
        assertTrue(rig.digest.answer(chat(1), "daily 08:00").html().contains("UTC+4"));
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.tick();
        assertEquals(0, sentTo(1).size(), "today's 08:00 was before the chat chose it");

        assertTrue(rig.digest.answer(chat(1), "off").html().contains("Digests are off"));
        rig.tick();
        assertEquals(1, sentTo(1).size());
        assertTrue(sentTo(1).get(0).reply().html().contains("New event · "), "sent as the instant message it waited as");
        rig.time.setNow(Instant.parse("2026-06-02T04:00:00Z"));
        rig.tick();
        assertEquals(1, sentTo(1).size(), "no digest once they are off");
    }

    @Test
    void changingTheZoneDoesNotSendADigestWhoseMinuteItMovedIntoThePast() {
        rig.time.setNow(Instant.parse("2026-06-01T03:30:00Z"));  // 07:30 in UTC+4, 05:30 in Berlin
        followLachin(1);
        rig.digest.answer(chat(1), "daily 06:00");  // 06:00 in UTC+4 was at 02:00 UTC, before this
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-06-01T05:00:00Z"));  // 07:00 in Berlin
        rig.timezone.answer(chat(1), "Europe/Berlin");  // 06:00 in Berlin was at 04:00 UTC, an hour ago
        assertEquals(0, rig.tick().delivered());
        rig.time.setNow(Instant.parse("2026-06-02T04:00:00Z"));  // 06:00 the next day in Berlin
        assertEquals(1, rig.tick().delivered());
        assertTrue(sentTo(1).get(0).reply().html().contains("Checkpoint talks"));
    }

    @Test
    void duringQuietHoursNotificationsArriveSilentlyAndAfterThemWithASound() {
        rig.time.setNow(Instant.parse("2026-06-01T20:00:00Z"));  // 00:00 in UTC+4
        followLachin(1);
        followLachin(2);
        assertTrue(rig.quiet.answer(chat(1), "23:00-08:00").html().contains("arrive silently"));
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.tick();
        assertTrue(sentTo(1).get(0).silent(), "imported during quiet hours: silent");
        assertFalse(sentTo(2).get(0).silent(), "no quiet hours, a sound");

        rig.time.setNow(Instant.parse("2026-06-02T04:00:00Z"));  // 08:00, quiet hours over
        importLachinEvent("2023-03-21-next", "Next round");
        rig.tick();
        assertFalse(sentTo(1).get(1).silent());
    }

    @Test
    void quietHoursWithHoldKeepNotificationsUntilTheyEnd() {
        rig.time.setNow(Instant.parse("2026-06-01T20:00:00Z"));  // 22:00 in Berlin (CEST)
        followLachin(1);
        rig.timezone.answer(chat(1), "Europe/Berlin");
        rig.quiet.answer(chat(1), "22:00-07:30 hold");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        importLachinEvent("2023-03-21-next", "Next round");
        assertEquals(0, rig.tick().delivered());
        rig.time.setNow(Instant.parse("2026-06-02T05:29:00Z"));  // 07:29
        assertEquals(0, rig.tick().delivered());
        assertEquals(0, rig.store.count("SELECT MAX(attempts) FROM outbox WHERE chat_id = 1"), "holding is no attempt");
        rig.time.setNow(Instant.parse("2026-06-02T05:30:00Z"));  // 07:30
        rig.tick();
        rig.time.setNow(Instant.parse("2026-06-02T05:31:00Z"));
        rig.tick();
        assertEquals(2, sentTo(1).size());
        assertFalse(sentTo(1).get(0).silent(), "held ones come with a sound once quiet hours are over");
    }

    @Test
    void endingQuietHoursSendsWhatTheyHeldAtOnce() {
        rig.time.setNow(Instant.parse("2026-06-01T20:00:00Z"));  // 00:00 in UTC+4
        followLachin(1);
        rig.quiet.answer(chat(1), "23:00-08:00 hold");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        assertEquals(0, rig.tick().delivered());
        assertTrue(rig.quiet.answer(chat(1), "off").html().contains("Quiet hours are off"));
        assertEquals(1, rig.tick().delivered());
        assertFalse(sentTo(1).get(0).silent());
    }

    @Test
    void heldNotificationsFollowANewZonesEndOfQuietHours() {
        rig.time.setNow(Instant.parse("2026-06-01T22:00:00Z"));  // 02:00 in UTC+4, 00:00 in Berlin
        followLachin(1);
        rig.quiet.answer(chat(1), "23:00-05:00 hold");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        assertEquals(0, rig.tick().delivered());
        rig.timezone.answer(chat(1), "Europe/Berlin");  // quiet until 05:00 Berlin = 03:00 UTC, not 01:00 UTC
        rig.time.setNow(Instant.parse("2026-06-02T01:00:00Z"));
        assertEquals(0, rig.tick().delivered());
        rig.time.setNow(Instant.parse("2026-06-02T03:00:00Z"));
        assertEquals(1, rig.tick().delivered());
    }

    @Test
    void aDigestDueInsideQuietHoursIsSilent() {
        rig.time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1);
        rig.quiet.answer(chat(1), "06:00-09:00 hold");
        rig.digest.answer(chat(1), "daily 07:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.time.setNow(Instant.parse("2026-06-02T03:00:00Z"));  // 07:00 in UTC+4
        assertEquals(1, rig.tick().delivered());
        assertTrue(sentTo(1).get(0).silent());
        assertTrue(sentTo(1).get(0).reply().html().contains("Daily digest"));
    }

    @Test
    void aDigestListsOnlyWhatTheChatStillFollowsAndNothingWhenThatIsNothing() {
        rig.time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1);
        rig.subscriptions.add(chat(1), new Target(Target.Kind.TOPIC, "border-delimitation", "Border delimitation"));
        rig.digest.answer(chat(1), "daily 15:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.store.importEvent(rig.writer, "2023-03-22-border", "Border commission meets",
                List.of("border-delimitation"), List.of());
        rig.subscriptions.remove(1, new Target(Target.Kind.TOPIC, "border-delimitation", "Border delimitation"));
        rig.time.setNow(Instant.parse("2026-06-01T11:00:00Z"));  // 15:00 in UTC+4
        assertEquals(1, rig.tick().delivered());
        String html = sentTo(1).get(0).reply().html();
        assertTrue(html.contains("Checkpoint talks") && !html.contains("Border commission"), html);

        rig.store.importEvent(rig.writer, "2023-03-23-border", "Border commission meets again",
                List.of("border-delimitation"), List.of());
        rig.time.setNow(Instant.parse("2026-06-02T11:00:00Z"));
        assertEquals(0, rig.tick().delivered(), "nothing it follows is new: no digest");
        assertEquals(1, sentTo(1).size());
    }

    @Test
    void aBlockedChatGetsNoDigestAndItsDigestIsNotRetried() {
        rig.time.setNow(Instant.parse("2026-06-01T10:00:00Z"));
        followLachin(1);
        rig.digest.answer(chat(1), "daily 15:00");
        importLachinEvent("2023-03-20-checkpoint", "Checkpoint talks");
        rig.telegram.unreachable.add(1L);
        rig.time.setNow(Instant.parse("2026-06-01T11:00:00Z"));
        rig.tick();
        assertEquals(Boolean.FALSE, rig.chats.isActive(1).orElseThrow());
        assertEquals(0, rig.tick().delivered());
        assertEquals(0, sentTo(1).size());
        assertEquals(0, rig.store.count("SELECT COUNT(*) FROM outbox WHERE chat_id = 1 AND state = 'PENDING'"));
    }
}
