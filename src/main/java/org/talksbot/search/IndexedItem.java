package org.talksbot.search;

import java.util.List;
import org.talksbot.ask.Item;
import org.talksbot.store.Event;
import org.talksbot.store.Quote;

/** An event or quote as the index holds it: the item itself, the people and topics it is linked to. */
record IndexedItem(Item item, List<String> people, List<String> topics) {

    IndexedItem {
        people = List.copyOf(people);
        topics = List.copyOf(topics);
    }

    String id() {
        return item.id();
    }

    boolean isQuote() {
        return item instanceof Item.OfQuote;
    }

    /** The speaker's id for a quote, else null. */
    String speaker() {
        return item instanceof Item.OfQuote quote ? quote.quote().personId() : null;
    }

    /** All the words of the item that are searched: title, summary or text, context and place. */
    String body() {
        if (item instanceof Item.OfQuote of) {
            Quote q = of.quote();
            return q.text() + "\n" + nonNull(q.context());
        }
        Event e = ((Item.OfEvent) item).event();
        return e.title() + "\n" + e.summary() + "\n" + nonNull(e.place());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
