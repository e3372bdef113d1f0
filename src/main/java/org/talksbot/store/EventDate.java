package org.talksbot.store;

import java.time.LocalDate;
import java.time.YearMonth;

/** A date as precise as its sources: {@code 2023}, {@code 2023-02} or {@code 2023-02-18}. */
public record EventDate(LocalDate date, Precision precision) implements Comparable<EventDate> {

    /** Parses the three forms; the form decides the precision. */
    public static EventDate parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return new EventDate(LocalDate.of(Integer.parseInt(s), 1, 1), Precision.YEAR);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return new EventDate(YearMonth.parse(s).atDay(1), Precision.MONTH);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new EventDate(LocalDate.parse(s), Precision.DAY);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a real date: '" + s + "'");
        }
        throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
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
}
