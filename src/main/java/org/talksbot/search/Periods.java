package org.talksbot.search;

import java.time.LocalDate;
import org.talksbot.i18n.Messages;
import org.talksbot.store.EventDate;

/**
 * A question's period as the answer says it, in the chat's language: a day, a month or a year as
 * precise as asked ("in March 2023", "за март 2023 г."), a month of any year, or a range open or closed.
 */
final class Periods {

    private Periods() {
    }

    /** " in 2023", " since 2023", " from March 2023 to 2024": the period's part of an understood line. */
    static String scope(Question.Period period, Messages m) {
        if (period.from() == null) {
            return m.get("search.period.month_of_any_year", "month", period.monthOfYear() == null ? "0"
                    : String.valueOf(period.monthOfYear()));
        }
        String label = period.label();
        if (label.startsWith("since")) {
            return m.get("search.period.since", "date", start(period.from(), m));
        }
        if (label.startsWith("after")) {
            return m.get("search.period.after", "date", end(period.from().minusDays(1), m));
        }
        if (label.startsWith("before")) {
            return m.get("search.period.before", "date", start(period.to().plusDays(1), m));
        }
        if (label.startsWith("until")) {
            return m.get("search.period.until", "date", end(period.to(), m));
        }
        if (period.oneDay()) {
            return m.get("search.period.day", "date", m.day(period.from()));
        }
        String whole = whole(period.from(), period.to(), m);
        return whole != null ? m.get("search.period.whole", "date", whole)
                : m.get("search.period.range", "from", start(period.from(), m), "to", end(period.to(), m));
    }

    /** The period as a date, for "nothing is dated …": the day, month or year it covers, else the range. */
    static String date(Question.Period period, Messages m) {
        if (period.from() == null) {
            return scope(period, m).strip();
        }
        if (period.oneDay()) {
            return m.day(period.from());
        }
        String whole = whole(period.from(), period.to(), m);
        return whole != null ? whole : start(period.from(), m) + " – " + end(period.to(), m);
    }

    /** An item's date as precise as its sources. */
    static String of(EventDate date, Messages m) {
        return switch (date.precision()) {
            case YEAR -> m.year(date.date().getYear());
            case MONTH -> m.month(date.date());
            case DAY -> m.day(date.date());
        };
    }

    /** A whole year or a whole month, or null when the range is neither. */
    private static String whole(LocalDate from, LocalDate to, Messages m) {
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return m.year(from.getYear());
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return m.month(from);
        }
        return null;
    }

    private static String start(LocalDate date, Messages m) {
        return date.getDayOfYear() == 1 ? m.year(date.getYear()) : m.day(date);
    }

    private static String end(LocalDate date, Messages m) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() == 31 ? m.year(date.getYear()) : m.day(date);
    }
}
