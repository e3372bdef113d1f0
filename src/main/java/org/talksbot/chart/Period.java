package org.talksbot.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** A run of months or quarters: the bars of a chart. */
record Period(LocalDate first, LocalDate last, boolean quarters) {

    /** Month bars up to three years, quarter bars beyond (a long range of months is too thin to read). */
    static final int MAX_MONTH_BARS = 36;

    static Period covering(LocalDate first, LocalDate last) {
        long months = YearMonth.from(first).until(YearMonth.from(last), java.time.temporal.ChronoUnit.MONTHS) + 1;
        return new Period(first, last, months > MAX_MONTH_BARS);
    }

    int bins() {
        return index(last) + 1;
    }

    /** The bar a date falls in. */
    int index(LocalDate date) {
        int months = (int) YearMonth.from(first).until(YearMonth.from(date), java.time.temporal.ChronoUnit.MONTHS);
        if (!quarters) {
            return months;
        }
        return quarterNumber(date) - quarterNumber(first);
    }

    private static int quarterNumber(LocalDate date) {
        return date.getYear() * 4 + date.get(IsoFields.QUARTER_OF_YEAR) - 1;
    }

    /** The bar's label: {@code 2023-02} or {@code 2023 Q1}. */
    String label(int bin) {
        if (!quarters) {
            return YearMonth.from(first).plusMonths(bin).toString();
        }
        int quarter = quarterNumber(first) + bin;
        return (quarter / 4) + " Q" + (quarter % 4 + 1);
    }

    String unit() {
        return quarters ? "quarter" : "month";
    }

    /** The first and last bar, for titles: {@code 2020 Q4 – 2026 Q1}, or the one bar. */
    String span() {
        return bins() == 1 ? label(0) : label(0) + " – " + label(bins() - 1);
    }
}
