package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talksbot.core.Button;
import org.talksbot.core.ChatAdmins;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** /digest, /quiet and /timezone: what they accept, store and answer, and how they refuse bad input. */
class DeliveryCommandsTest {

    private static final long GROUP_ADMIN = 42;
    private static final Messages EN = Messages.of(Language.EN);
    private final StoreFixture store = new StoreFixture();
    private final FakeTime time = new FakeTime();
    private final DeliverySettings settings = new Subscriptions(store.jdbi, time).settings();
    private final ChatAdmins chatAdmins = request -> request.userId() == GROUP_ADMIN;
    private final DigestCommand digest = new DigestCommand(settings, chatAdmins);
    private final QuietCommand quiet = new QuietCommand(settings, chatAdmins);
    private final TimezoneCommand timezone = new TimezoneCommand(settings, chatAdmins);

    private static Request chat(long id) {
        return StoreFixture.privateChat(id, "");
    }

    private static List<String> buttonData(Reply reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Button::data).toList();
    }

    @Test
    void digestAcceptsDailyAndWeeklyTimesAndOffAndStoresThem() {
        time.setNow(Instant.parse("2026-11-30T10:00:00Z"));  // Monday, 14:00 in UTC+4
        Reply daily = digest.answer(chat(1), "daily 8:05");
        assertTrue(daily.html().contains("daily digest at 08:05"), daily.html());
        assertTrue(daily.html().contains("Next one: Tuesday 1 December, 08:05"), daily.html());
        assertTrue(daily.html().contains("read in UTC+4"), daily.html());
        assertEquals(new ChatSettings("DAILY", null, 485, null, null, null, false), settings.of(1));

        assertTrue(digest.answer(chat(1), "Weekly Friday 18:30").html().contains("weekly digest on Friday at 18:30"));
        assertEquals(5, settings.of(1).digestDay());
        assertTrue(digest.answer(chat(1), "off").html().contains("Digests are off"));
        assertEquals("INSTANT", settings.of(1).deliveryMode());
        assertTrue(digest.answer(chat(1), "").html().contains("Delivery: instant"));
    }

    @Test
    void badDigestInputGetsAnAnswerNamingWhatIsAllowedAndChangesNothing() {
        for (String bad : List.of("daily 25:00", "daily 8", "weekly 09:00", "weekly xyz 09:00", "hourly", "daily")) {
            Reply reply = digest.answer(chat(1), bad);
            assertTrue(reply.html().contains("I could not read"), bad + ": " + reply.html());
            assertTrue(reply.html().contains("24-hour HH:MM"), reply.html());
        }
        assertEquals(ChatSettings.DEFAULTS, settings.of(1));
    }

    @Test
    void quietTakesARangeAcrossMidnightWithOrWithoutHoldAndOff() {
        assertTrue(quiet.answer(chat(1), "23:00-08:00").html().contains("23:00–08:00, notifications arrive silently"));
        assertTrue(quiet.answer(chat(1), "23:00 – 08:00 HOLD").html().contains("held until they end"));
        assertEquals(new ChatSettings("INSTANT", null, null, null, 23 * 60, 8 * 60, true), settings.of(1));
        assertTrue(quiet.answer(chat(1), "off").html().contains("Quiet hours are off"));
        assertTrue(quiet.answer(chat(1), "").html().contains("Quiet hours: off"));
        for (String bad : List.of("23:00", "23:00-23:00", "23-08", "23:00-08:00 loud")) {
            assertTrue(quiet.answer(chat(1), bad).html().contains("I could not read"), bad);
        }
        assertEquals(null, settings.of(1).quietStart());
    }

    @Test
    void timezoneAcceptsAnyIanaZoneInAnyCaseAndRefusesOthersPolitely() {
        assertTrue(timezone.answer(chat(1), "").html().contains("UTC+4 (not set yet"));
        assertTrue(timezone.answer(chat(1), "asia/tokyo").html().contains("Time zone: Asia/Tokyo"));
        assertEquals("Asia/Tokyo", settings.of(1).timeZone());
        for (String bad : List.of("Mars/Olympus", "UTC+4+", "<b>", "Berlin")) {
            Reply reply = timezone.answer(chat(1), bad);
            assertTrue(reply.html().contains("I don't know the time zone"), reply.html());
            assertTrue(reply.html().contains("Asia/Yerevan"), reply.html());
            assertTrue(!reply.html().contains("<b>"), "what was typed is escaped");
            assertEquals(9, buttonData(reply).size());
        }
        assertEquals("Asia/Tokyo", settings.of(1).timeZone());
    }

    @Test
    void everyButtonIsACommandWithinTelegramsSixtyFourBytes() {
        List<String> data = Stream.of(DigestCommand.buttons(EN), QuietCommand.buttons(EN), TimezoneCommand.buttons(EN))
                .flatMap(List::stream).flatMap(List::stream).map(Button::data).toList();
        assertEquals(16, data.size());
        data.forEach(d -> assertTrue(d.startsWith("/") && d.getBytes(StandardCharsets.UTF_8).length <= 64, d));
        assertTrue(data.contains("/timezone America/Los_Angeles"));
        // the buttons' commands are accepted as typed
        data.stream().filter(d -> d.startsWith("/timezone ")).forEach(d ->
                assertTrue(timezone.answer(chat(1), d.substring(10)).html().startsWith("Time zone:"), d));
    }

    @Test
    void onlyAGroupsAdminsMayChangeHowItHearsButAnyoneMayLook() {
        Request member = StoreFixture.group(-100, 7, "");
        Request admin = StoreFixture.group(-100, GROUP_ADMIN, "");
        assertTrue(digest.answer(member, "daily 08:00").html().contains("only this group's admins"));
        assertTrue(quiet.answer(member, "23:00-08:00").html().contains("only this group's admins"));
        assertTrue(timezone.answer(member, "Europe/Paris").html().contains("only this group's admins"));
        assertEquals(ChatSettings.DEFAULTS, settings.of(-100));
        assertTrue(digest.answer(admin, "daily 08:00").html().contains("daily digest"));
        assertTrue(digest.answer(member, "").html().contains("daily digest at 08:00"));
    }

    @Test
    void inRussianDigestQuietAndTimezoneAnswerInRussianWithRussianDaysAndCities() {
        time.setNow(Instant.parse("2026-11-30T10:00:00Z"));  // Monday, 14:00 in UTC+4
        Request ru = chat(1).withLanguage("ru");
        String daily = digest.answer(ru, "daily 8:05").html();
        assertTrue(daily.startsWith("Режим этого чата: ежедневная сводка в 08:05 — "), daily);
        assertTrue(daily.contains("Следующая: вторник 1 декабря, 08:05."), daily);
        assertTrue(daily.contains("Время считается по UTC+4 (Ереван, Баку, Тбилиси)"), daily);
        assertTrue(digest.answer(ru, "weekly fri 18:30").html().contains("еженедельная сводка: пятница, 18:30"));
        assertTrue(digest.answer(ru, "hourly").html().startsWith("Не удалось прочитать «hourly»."));
        assertEquals("Сразу", digest.answer(ru, "").buttons().get(0).get(0).label());

        assertTrue(quiet.answer(ru, "23:00-08:00 hold").html().startsWith(
                "Тихие часы: 23:00–08:00, уведомления ждут окончания тихих часов."));
        assertTrue(quiet.answer(ru, "off").html().startsWith("Тихие часы выключены"));

        Reply zones = timezone.answer(ru, "");
        assertTrue(zones.html().startsWith("Часовой пояс: UTC+4 (ещё не выбран"), zones.html());
        assertEquals("Ереван", zones.buttons().get(0).get(0).label());
        assertEquals("/timezone Asia/Yerevan", zones.buttons().get(0).get(0).data());
        assertTrue(timezone.answer(ru, "Europe/Paris").html().startsWith("Часовой пояс: Europe/Paris."));
        assertTrue(timezone.answer(ru, "Mars/Olympus").html().startsWith("Я не знаю часового пояса «Mars/Olympus»."));
        assertTrue(digest.answer(StoreFixture.group(-100, 7, "").withLanguage("ru"), "off").html()
                .startsWith("Извините, менять способ доставки"));
    }

    @Test
    void inArmenianDigestQuietAndTimezoneAnswerInArmenian() {
        time.setNow(Instant.parse("2026-11-30T10:00:00Z"));
        Request hy = chat(1).withLanguage("hy");
        String weekly = digest.answer(hy, "weekly mon 09:00").html();
        assertTrue(weekly.startsWith("Այս զրույցի ռեժիմն այժմ՝ շաբաթական ամփոփում՝ "
                + ChatSettings.dayName(java.time.DayOfWeek.MONDAY, Language.HY) + ", ժամը 09:00-ին."), weekly);
        assertTrue(digest.answer(hy, "off").html().startsWith("Ամփոփումներն անջատված են."));
        assertTrue(quiet.answer(hy, "").html().startsWith("Լուռ ժամեր՝ անջատված են։"));
        assertEquals("Երևան", timezone.answer(hy, "").buttons().get(0).get(0).label());
        for (Command command : List.<Command>of(digest, quiet, timezone)) {
            assertTrue(command.description(Messages.of(Language.HY)).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARMENIAN));
        }
    }
}
