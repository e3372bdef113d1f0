package org.talksbot.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** A date as precise as its sources: {@code 2023}, {@code 2023-02} or {@code 2023-02-18}. */
public record EventDate(LocalDate date, Precision precision) implements Comparable<EventDate> {

    /** Parses the three forms; the form decides the precision. A well-formed date that is not on the calendar says so. */
    public static EventDate parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.matches("\\d{4}")) {
            return new EventDate(LocalDate.of(Integer.parseInt(s), 1, 1), Precision.YEAR);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return new EventDate(LocalDate.of(Integer.parseInt(s.substring(0, 4)), month(s), 1), Precision.MONTH);
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(s.substring(0, 4)), month(s));
            int day = Integer.parseInt(s.substring(8));
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                throw new NoSuchDate("the date " + s + " does not exist: "
                        + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + yearMonth.getYear() + " has " + yearMonth.lengthOfMonth() + " days");
            }
            return new EventDate(yearMonth.atDay(day), Precision.DAY);
        }
        throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
    }

    private static int month(String s) {
        int month = Integer.parseInt(s.substring(5, 7));
        if (month < 1 || month > 12) {
            throw new NoSuchDate("the date " + s + " does not exist: there is no month " + month);
        }
        return month;
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    @Override
    public int compareTo(EventDate other) {
        return date.compareTo(other.date);
    }

    /** A well-formed date that is not on the calendar, such as 2026-02-30: the message says why. */
    public static final class NoSuchDate extends IllegalArgumentException {
        NoSuchDate(String message) {
            super(message);
        }
    }
}
