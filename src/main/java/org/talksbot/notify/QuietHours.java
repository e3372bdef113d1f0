package org.talksbot.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.talksbot.i18n.Messages;

/**
 * A chat's quiet hours, from a local minute to another (across midnight when the end is earlier), in
 * the chat's zone. During them instant notifications go without a sound, or wait for the end
 * ({@code hold}).
 */
public record QuietHours(int startMinute, int endMinute, boolean hold, ZoneId zone) {

    public static final QuietHours NONE = new QuietHours(0, 0, false, ChatSettings.DEFAULT_ZONE);

    static QuietHours of(Integer start, Integer end, boolean hold, ZoneId zone) {
        return start == null || end == null ? NONE : new QuietHours(start, end, hold, zone);
    }

    public boolean isSet() {
        return startMinute != endMinute;
    }

    /** True if the local minute of {@code at} in the chat's zone lies inside the quiet hours. */
    public boolean contains(Instant at) {
        if (!isSet()) {
            return false;
        }
        LocalTime local = at.atZone(zone).toLocalTime();
        int minute = local.getHour() * 60 + local.getMinute();
        return startMinute < endMinute
                ? minute >= startMinute && minute < endMinute
                : minute >= startMinute || minute < endMinute;
    }

    /** When the quiet hours that contain {@code at} end; empty outside them. */
    public Optional<Instant> endAfter(Instant at) {
        if (!contains(at)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime end = LocalTime.of(endMinute / 60, endMinute % 60);
        ZonedDateTime candidate = ZonedDateTime.of(day, end, zone);
        if (!candidate.isAfter(local)) {
            candidate = ZonedDateTime.of(day.plusDays(1), end, zone);
        }
        return Optional.of(candidate.toInstant());
    }

    /** "23:00–08:00, notifications arrive silently", or "off", in the reader's language. */
    public String describe(Messages m) {
        if (!isSet()) {
            return m.get("digest.quiet.off");
        }
        return m.get(hold ? "digest.quiet.held" : "digest.quiet.silent",
                "start", ChatSettings.hhmm(startMinute), "end", ChatSettings.hhmm(endMinute));
    }
}
