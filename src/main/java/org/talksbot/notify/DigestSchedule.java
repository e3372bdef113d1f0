package org.talksbot.notify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a chat's digests are due: every day, or on one day of the week, at a local minute. The slot is
 * computed with {@link ZonedDateTime}, so a daylight-saving change neither skips nor doubles a digest:
 * a minute that does not exist that day (spring forward) moves to just after the gap, and a minute
 * that happens twice (fall back) counts once, as the slot's key is its local date and minute.
 */
public record DigestSchedule(Mode mode, DayOfWeek day, int minute) {

    public enum Mode { INSTANT, DAILY, WEEKLY }

    /** One due digest: its key (unique per chat) and the instant it was due. */
    public record Slot(String period, Instant at) {
    }

    /** The latest slot at or before {@code now} in {@code zone}; empty for instant delivery. */
    public Optional<Slot> latest(Instant now, ZoneId zone) {
        if (mode == Mode.INSTANT) {
            return Optional.empty();
        }
        LocalDate date = now.atZone(zone).toLocalDate();
        for (int back = 0; back <= 8; back++) {
            LocalDate day = date.minusDays(back);
            if (mode == Mode.WEEKLY && day.getDayOfWeek() != this.day) {
                continue;
            }
            LocalDateTime local = LocalDateTime.of(day, time());
            Instant at = ZonedDateTime.of(local, zone).toInstant();
            if (!at.isAfter(now)) {
                return Optional.of(new Slot(mode + " " + local, at));
            }
        }
        throw new IllegalStateException("no digest slot in the last eight days");
    }

    /** The first slot after {@code now}: for telling the user when the next digest comes. */
    public Optional<ZonedDateTime> next(Instant now, ZoneId zone) {
        if (mode == Mode.INSTANT) {
            return Optional.empty();
        }
        LocalDate date = now.atZone(zone).toLocalDate();
        for (int ahead = 0; ahead <= 8; ahead++) {
            LocalDate day = date.plusDays(ahead);
            if (mode == Mode.WEEKLY && day.getDayOfWeek() != this.day) {
                continue;
            }
            ZonedDateTime at = ZonedDateTime.of(day, time(), zone);
            if (at.toInstant().isAfter(now)) {
                return Optional.of(at);
            }
        }
        throw new IllegalStateException("no digest slot in the next eight days");
    }

    private LocalTime time() {
        return LocalTime.of(minute / 60, minute % 60);
    }
}
