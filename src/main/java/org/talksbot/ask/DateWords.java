package org.talksbot.ask;

import java.time.YearMonth;
import java.util.Optional;
import org.talksbot.core.Html;
import org.talksbot.i18n.Messages;
import org.talksbot.store.EventDate;

/** Dates typed after /timeline and /chart, said back in the reader's language. */
final class DateWords {

    private DateWords() {
    }

    /** A date or a range of two as the language writes them, each as precise as typed. */
    static String range(EventDate from, EventDate to, Messages messages) {
        return from.equals(to) ? Cards.date(from, messages)
                : Cards.date(from, messages) + " – " + Cards.date(to, messages);
    }

    /**
     * Why a well-formed date word in {@code args} is not on the calendar (2026-02-30, 2023-13), ending with
     * {@code forms}; empty when every word is a real date or not a date at all.
     */
    static Optional<String> impossible(String args, String forms, Messages messages) {
        for (String word : args.strip().split("\\s+")) {
            if (!word.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                continue;
            }
            int year = Integer.parseInt(word.substring(0, 4));
            int month = Integer.parseInt(word.substring(5, 7));
            String date = Html.escape(word);
            if (month < 1 || month > 12) {
                return Optional.of(messages.get("ask.dates.no_month", "date", date, "month", String.valueOf(month),
                        "forms", forms));
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            if (word.length() == 10) {
                int day = Integer.parseInt(word.substring(8));
                if (day < 1 || day > yearMonth.lengthOfMonth()) {
                    return Optional.of(messages.get("ask.dates.no_day", "date", date,
                            "month", messages.month(yearMonth.atDay(1)), "days", yearMonth.lengthOfMonth(),
                            "forms", forms));
                }
            }
        }
        return Optional.empty();
    }
}
