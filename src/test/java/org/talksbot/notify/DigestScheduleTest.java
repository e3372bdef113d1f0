package org.talksbot.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Digest slots walked minute by minute across daylight-saving changes: each day (or week) has exactly
 * one slot, at the chosen local minute, or just after a spring-forward gap that swallowed it.
 */
class DigestScheduleTest {

    /** Every distinct slot seen while the clock walks minute by minute from {@code from} for {@code days}. */
    private static Map<String, Instant> slotsWalking(DigestSchedule schedule, ZoneId zone, Instant from, int days) {
        Map<String, Instant> slots = new LinkedHashMap<>();
        Instant end = from.plus(Duration.ofDays(days));
        for (Instant now = from; now.isBefore(end); now = now.plusSeconds(60)) {
            schedule.latest(now, zone).ifPresent(slot -> slots.putIfAbsent(slot.period(), slot.at()));
        }
        return slots;
    }

    private static List<String> localTimes(Map<String, Instant> slots, ZoneId zone) {
        List<String> times = new ArrayList<>();
        slots.values().forEach(at -> times.add(at.atZone(zone).toLocalDateTime().toString()));
        return times;
    }

    @Test
    void dailyDigestComesAtEightLocalEveryDayAcrossBerlinsAndNewYorksSpringAndAutumnChanges() {
        DigestSchedule daily = new DigestSchedule(DigestSchedule.Mode.DAILY, null, 8 * 60);
        record Change(String zone, String from) {
        }
        for (Change change : List.of(new Change("Europe/Berlin", "2026-03-27T12:00:00Z"),
                new Change("Europe/Berlin", "2026-10-23T12:00:00Z"),
                new Change("America/New_York", "2026-03-06T18:00:00Z"),
                new Change("America/New_York", "2026-10-30T18:00:00Z"),
                new Change("Asia/Yerevan", "2026-03-27T12:00:00Z"))) {
            ZoneId zone = ZoneId.of(change.zone());
            Instant from = Instant.parse(change.from());
            Map<String, Instant> slots = slotsWalking(daily, zone, from, 4);
            LocalDate first = from.atZone(zone).toLocalDate();
            List<String> expected = new ArrayList<>();
            // the slot already past at the start, then one per day
            for (int day = 0; day <= 4; day++) {
                expected.add(first.plusDays(day) + "T08:00");
            }
            assertEquals(expected, localTimes(slots, zone), change.toString());
        }
    }

    @Test
    void aDigestInTheSpringGapComesRightAfterItAndOneInTheAutumnOverlapComesOnce() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        DigestSchedule halfPastTwo = new DigestSchedule(DigestSchedule.Mode.DAILY, null, 2 * 60 + 30);

        Map<String, Instant> spring = slotsWalking(halfPastTwo, berlin, Instant.parse("2026-03-28T12:00:00Z"), 2);
        // 29 March 2026: 02:00 jumps to 03:00, so 02:30 does not exist; the digest comes at 03:30 CEST
        assertEquals(List.of("2026-03-28T02:30", "2026-03-29T03:30", "2026-03-30T02:30"),
                localTimes(spring, berlin));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), spring.get("DAILY 2026-03-29T02:30"));

        Map<String, Instant> autumn = slotsWalking(halfPastTwo, berlin, Instant.parse("2026-10-24T12:00:00Z"), 2);
        // 25 October 2026: 02:30 happens twice (CEST, then CET); the digest is due once, at the first
        assertEquals(3, autumn.size(), autumn.toString());
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), autumn.get("DAILY 2026-10-25T02:30"));
    }

    @Test
    void weeklyDigestComesOnceAWeekOnItsDayAcrossTheChangeInEachZone() {
        DigestSchedule sundays = new DigestSchedule(DigestSchedule.Mode.WEEKLY, DayOfWeek.SUNDAY, 9 * 60);
        for (String id : List.of("Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Baku")) {
            ZoneId zone = ZoneId.of(id);
            Map<String, Instant> slots = slotsWalking(sundays, zone, Instant.parse("2026-03-02T00:00:00Z"), 35);
            for (Instant at : slots.values()) {
                ZonedDateTime local = at.atZone(zone);
                assertEquals(DayOfWeek.SUNDAY, local.getDayOfWeek(), id);
                assertEquals(LocalTime.of(9, 0), local.toLocalTime(), id);
            }
            // the Sunday before the walk, then five Sundays in 35 days from a Monday
            assertEquals(6, slots.size(), id + " " + slots);
        }
    }

    @Test
    void theNextDigestIsTheFirstSlotAfterNow() {
        DigestSchedule monday = new DigestSchedule(DigestSchedule.Mode.WEEKLY, DayOfWeek.MONDAY, 9 * 60);
        ZoneId yerevan = ZoneId.of("Asia/Yerevan");
        // Monday 30 November 2026, 09:00 in Yerevan is 05:00 UTC
        assertEquals(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, yerevan),
                monday.next(Instant.parse("2026-11-30T05:00:00Z"), yerevan).orElseThrow());
        assertEquals(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, yerevan),
                monday.next(Instant.parse("2026-11-30T04:59:00Z"), yerevan).orElseThrow());
    }
}
