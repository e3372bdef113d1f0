package org.talksbot.notify;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** How and when a chat hears of new items: its delivery mode, digest time, quiet hours and zone. */
public record ChatSettings(String deliveryMode, Integer digestDay, Integer digestMinute, String timeZone,
                           Integer quietStart, Integer quietEnd, boolean quietHold) {

    /** Until a chat sets its zone, times are read in UTC+4 (Yerevan, Baku and Tbilisi all keep it). */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.ofHours(4);

    public static final ChatSettings DEFAULTS = new ChatSettings("INSTANT", null, null, null, null, null, false);

    public DigestSchedule.Mode mode() {
        return DigestSchedule.Mode.valueOf(deliveryMode);
    }

    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    public boolean zoneSet() {
        return timeZone != null;
    }

    public QuietHours quietHours() {
        return QuietHours.of(quietStart, quietEnd, quietHold, zone());
    }

    /** Empty schedule for instant delivery. */
    public DigestSchedule schedule() {
        return new DigestSchedule(mode(), digestDay == null ? null : DayOfWeek.of(digestDay),
                digestMinute == null ? 0 : digestMinute);
    }

    static ZoneId zoneOf(String id) {
        if (id == null) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            // a zone the runtime no longer knows: the default rather than no delivery at all
            return DEFAULT_ZONE;
        }
    }

    /** "Europe/Berlin", or "UTC+4 (not set yet; /timezone sets it)" in the reader's language. */
    public String describeZone(Messages m) {
        return zoneSet() ? timeZone : m.get("digest.zone.unset");
    }

    public String describeMode(Messages m) {
        return switch (mode()) {
            case INSTANT -> m.get("digest.mode.instant");
            case DAILY -> m.get("digest.mode.daily", "time", hhmm(digestMinute));
            case WEEKLY -> m.get("digest.mode.weekly", "day", dayName(DayOfWeek.of(digestDay), m.language()),
                    "time", hhmm(digestMinute));
        };
    }

    static String hhmm(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    static String dayName(DayOfWeek day, Language language) {
        return day.getDisplayName(TextStyle.FULL, language.locale());
    }
}
