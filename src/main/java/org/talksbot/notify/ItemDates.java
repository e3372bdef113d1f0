package org.talksbot.notify;

import java.time.LocalDate;
import java.util.Locale;
import org.talksbot.i18n.Messages;
import org.talksbot.store.EventDate;
import org.talksbot.store.Precision;

/** An item's date as the reader's language writes it, no more precise than its sources. */
final class ItemDates {

    private ItemDates() {
    }

    static String of(Messages messages, EventDate date) {
        return switch (date.precision()) {
            case DAY -> messages.day(date.date());
            case MONTH -> messages.month(date.date());
            case YEAR -> messages.year(date.date().getYear());
        };
    }

    /** {@code precision} as stored: "day", "month" or "year". */
    static String of(Messages messages, LocalDate date, String precision) {
        return of(messages, new EventDate(date, Precision.valueOf(precision.toUpperCase(Locale.ROOT))));
    }
}
