package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.store.Event;
import org.talksbot.store.StoreReader;

/** {@code /latest [n]}: the newest events, n at a time, with a More button paging back in time. */
final class LatestCommand implements Command {

    static final int DEFAULT = 5;
    static final int MAX = 20;

    private final StoreReader store;

    LatestCommand(StoreReader store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "latest";
    }

    @Override
    public String usage() {
        return "/latest [n]";
    }

    @Override
    public String description() {
        return "The newest events, with sources (n up to " + MAX + ")";
    }

    @Override
    public Reply answer(Request request, String args) {
        Paging.Page page = Paging.parse(args);
        int asked = count(page.args());
        int n = asked < 0 ? DEFAULT : Math.min(asked, MAX);
        String note = asked < 0 ? "I show 1 to " + MAX + " events at a time; here are the latest " + DEFAULT + ".\n\n"
                : asked > MAX ? "I show at most " + MAX + " events at a time; here are the latest " + MAX + ".\n\n"
                : "";
        List<Event> events = store.events().latest(n + 1, page.offset());
        if (events.isEmpty()) {
            return Reply.of(note + (page.offset() == 0 ? "The store has no events yet."
                    : "No older events. /latest starts again from the newest."));
        }
        boolean more = events.size() > n;
        List<Item> shown = events.stream().limit(n).<Item>map(Item.OfEvent::new).toList();
        String title = page.offset() == 0 ? "<b>Latest events</b>" : "<b>Earlier events</b>";
        List<List<Button>> buttons = more ? Paging.more("/latest " + n, page.offset() + n) : List.of();
        return Reply.of(note + title + Cards.list(shown), buttons);
    }

    /** The requested count; DEFAULT when none was given, -1 when it is not a positive number. */
    private static int count(String text) {
        if (text.isEmpty()) {
            return DEFAULT;
        }
        if (!text.matches("\\d{1,3}")) {
            return -1;
        }
        int n = Integer.parseInt(text);
        return n >= 1 ? n : -1;
    }
}
