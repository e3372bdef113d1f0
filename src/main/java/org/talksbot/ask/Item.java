package org.talksbot.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.Event;
import org.talksbot.store.EventDate;
import org.talksbot.store.Quote;

/** Something dated the bot can show: an event or a quote. */
public sealed interface Item permits Item.OfEvent, Item.OfQuote {

    Comparator<Item> NEWEST_FIRST = Comparator.comparing((Item item) -> item.date().date())
            .thenComparing(Item::id).reversed();

    EventDate date();

    String id();

    /** The item as a sourced Telegram-HTML card in the reader's language (dates, labels; quotes verbatim). */
    String card(Messages messages);

    /** The item's date as the reader's language writes it, as precise as its sources ("20 марта 2023 г.", "March 2023"). */
    default String dateText(Messages messages) {
        return Cards.date(date(), messages);
    }


    record OfEvent(Event event) implements Item {
        public EventDate date() {
            return event.date();
        }

        public String id() {
            return event.id();
        }

        public String card(Messages messages) {
            return Cards.event(event, messages);
        }
    }

    record OfQuote(Quote quote) implements Item {
        public EventDate date() {
            return quote.date();
        }

        public String id() {
            return quote.id();
        }

        public String card(Messages messages) {
            return Cards.quote(quote, messages);
        }
    }

    /** Events and quotes together, newest first. */
    static List<Item> merge(List<Event> events, List<Quote> quotes) {
        List<Item> items = new ArrayList<>(events.size() + quotes.size());
        events.forEach(event -> items.add(new OfEvent(event)));
        quotes.forEach(quote -> items.add(new OfQuote(quote)));
        items.sort(NEWEST_FIRST);
        return items;
    }
}
