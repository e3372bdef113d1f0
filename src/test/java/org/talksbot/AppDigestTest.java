package org.talksbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talksbot.NotifyFixture.event;
import static org.talksbot.NotifyFixture.notifications;
import static org.talksbot.TelegramApp.WAIT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.telegram.FakeBotApi;
import org.talksbot.telegram.Waiting;

/**
 * Digests and quiet hours end to end: the real app polling the fake Bot API on {@link VirtualTime},
 * a curator importing while it runs, and the clock jumped to the digest's minute.
 */
class AppDigestTest {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime();
    private TelegramApp telegram;
    private FakeBotApi fake;

    private void start() {
        telegram = TelegramApp.start(FakeBotApi.start(), new NotifyFixture(dir).env(), time);
        fake = telegram.fake;
    }

    @AfterEach
    void stop() {
        if (telegram != null) {
            telegram.close();
        }
    }

    private FakeBotApi.Sent say(long chat, String text) {
        int before = fake.sent(chat).size();
        fake.enqueueText(chat, chat, text);
        return fake.awaitMessages(chat, before + 1, WAIT).get(before);
    }

    private static List<FakeBotApi.Sent> digests(FakeBotApi fake, long chat) {
        return fake.sent(chat).stream().filter(s -> s.text().contains("Daily digest")).toList();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aDailyChatGetsNoInstantMessageAndOneDigestWithTheItemAtItsTime() {
        start();
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        long daily = 3001;
        long instant = 3002;
        say(instant, "/subscribe zed channel");
        say(daily, "/subscribe zed channel");
        assertTrue(say(daily, "/timezone Europe/Berlin").text().startsWith("Time zone: Europe/Berlin"));
        String at = ZonedDateTime.ofInstant(time.now(), ZoneId.of("Europe/Berlin")).plusMinutes(5).format(HHMM);
        assertTrue(say(daily, "/digest daily " + at).text().contains("daily digest at " + at));

        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)),
                List.of());
        Waiting.until(() -> notifications(fake, instant).size() == 1, WAIT, "the instant chat's notification");
        pause(1500);  // the sender has passed over the daily chat at least once
        assertEquals(List.of(), notifications(fake, daily));
        assertEquals(List.of(), digests(fake, daily));

        time.advance(Duration.ofMinutes(6));
        Waiting.until(() -> !digests(fake, daily).isEmpty(), WAIT, "the daily digest");
        pause(2500);  // a couple more planning rounds: nothing more may come
        List<FakeBotApi.Sent> digests = digests(fake, daily);
        assertEquals(1, digests.size());
        String text = digests.get(0).text();
        assertTrue(text.contains("<b>Zed channel</b>"), text);
        assertTrue(text.contains(Messages.of(Language.EN).day(LocalDate.of(2031, 1, 2)) + " · Zed talks open"), text);
        assertTrue(text.contains("<a href=\"https://example.org/2031-01-02-zed-talks\">Example</a>"), text);
        assertEquals(List.of(), notifications(fake, daily), "never also sent instantly");
        assertEquals(1, notifications(fake, instant).size());
    }

    @Test
    void theConsoleSetsAndShowsDigestQuietHoursAndZoneAsChatOne() {
        String dbUrl = "jdbc:h2:mem:console-digest-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String typed = "/timezone Europe/Paris\n/digest weekly mon 09:00\n/quiet 22:00-07:00 hold\n/subscriptions\n"
                + "/timezone Nowhere/Special\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int exit = App.runConsole(Config.fromEnvironment(java.util.Map.of("TALKSBOT_DB_URL", dbUrl)),
                new java.io.ByteArrayInputStream(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(0, exit);
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.contains("Delivery: weekly digest on Monday at 09:00"), printed);
        assertTrue(printed.contains("Quiet hours: 22:00–07:00, notifications held until they end"), printed);
        assertTrue(printed.contains("Time zone: Europe/Paris"), printed);
        assertTrue(printed.contains("I don't know the time zone"), printed);
        String stored = org.talksbot.store.Database.open(dbUrl).withHandle(h -> h.createQuery(
                "SELECT delivery_mode || ' ' || digest_day || ' ' || digest_minute || ' ' || time_zone FROM chat "
                        + "WHERE id = 1").mapTo(String.class).one());
        assertEquals("WEEKLY 1 540 Europe/Paris", stored);
    }

    @Test
    void duringQuietHoursNotificationsAreSentWithDisableNotification() {
        start();
        NotifyFixture curator = new NotifyFixture(dir);
        curator.importBase();
        long quiet = 3003;
        long loud = 3004;
        ZonedDateTime local = ZonedDateTime.ofInstant(time.now(), ZoneOffset.ofHours(4));
        String range = local.minusHours(1).format(HHMM) + "-" + local.plusHours(1).format(HHMM);
        say(quiet, "/subscribe zed channel");
        assertTrue(say(quiet, "/quiet " + range).text().contains("arrive silently"));
        say(loud, "/subscribe zed channel");

        curator.importEvents("news.yaml", List.of(event("2031-01-02-zed-talks", 2, "Zed talks open", false)),
                List.of());
        Waiting.until(() -> notifications(fake, quiet).size() == 1 && notifications(fake, loud).size() == 1, WAIT,
                "both notifications");
        assertTrue(notifications(fake, quiet).get(0).body().path("disable_notification").asBoolean(false),
                notifications(fake, quiet).get(0).body().toString());
        assertFalse(notifications(fake, loud).get(0).body().path("disable_notification").asBoolean(false));
        // the answer to a user's own command is never silenced
        assertFalse(say(quiet, "/quiet").body().path("disable_notification").asBoolean(false));
    }
}
