package org.talksbot.notify;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talksbot.i18n.Messages;

/** Reads the times and days users type: {@code 8:00}, {@code 08:00}, {@code mon}, {@code Monday}. */
final class LocalTimes {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

    private LocalTimes() {
    }

    /** Minutes after midnight. */
    static Optional<Integer> minute(String text) {
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
    }

    static Optional<DayOfWeek> day(String text) {
        String typed = text.trim().toLowerCase(Locale.ROOT);
        if (typed.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(typed)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The zone the reply's times are in, or how they are read while the chat has no zone of its own. */
    static String zoneNote(ChatSettings settings, Messages m) {
        return settings.zoneSet() ? m.get("digest.zone_note.set", "zone", settings.timeZone())
                : m.get("digest.zone_note.default");
    }
}
