package org.talksbot.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.talksbot.i18n.Messages;

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

    /** The bar's label in English: {@code 2023-02} or {@code 2023 Q1}. */
    String label(int bin) {
        return label(bin, Messages.of(org.talksbot.i18n.Language.EN));
    }

    /** The bar's label under the axis, starting with its year: {@code 2023-02}, or a quarter as the language writes it. */
    String label(int bin, Messages messages) {
        if (!quarters) {
            return YearMonth.from(first).plusMonths(bin).toString();
        }
        int quarter = quarterNumber(first) + bin;
        return messages.get("chart.quarter", "year", String.valueOf(quarter / 4), "quarter", String.valueOf(quarter % 4 + 1));
    }

    /** The bar's year. */
    int year(int bin) {
        return quarters ? (quarterNumber(first) + bin) / 4 : YearMonth.from(first).plusMonths(bin).getYear();
    }

    /** The bar's name in words, for titles and text: "March 2023" as the language writes it, or a quarter. */
    String name(int bin, Messages messages) {
        return quarters ? label(bin, messages) : messages.month(YearMonth.from(first).plusMonths(bin).atDay(1));
    }

    /** "quarter" or "month": what one bar is, as the bundles' select arguments name it. */
    String unit() {
        return quarters ? "quarter" : "month";
    }

    /** The first and last bar, for titles: {@code 2020 Q4 – 2026 Q1}, or the one bar. */
    String span(Messages messages) {
        return bins() == 1 ? name(0, messages) : name(0, messages) + " – " + name(bins() - 1, messages);
    }
}
