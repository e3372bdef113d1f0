package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
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
    public String usage(Messages messages) {
        return messages.get("ask.latest.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.latest.description", "max", MAX);
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        Paging.Page page = Paging.parse(args);
        int asked = count(page.args());
        int n = asked < 0 ? DEFAULT : Math.min(asked, MAX);
        String note = asked < 0 ? messages.get("ask.latest.note_invalid", "max", MAX, "count", DEFAULT) + "\n\n"
                : asked > MAX ? messages.get("ask.latest.note", "max", MAX) + "\n\n"
                : "";
        List<Event> events = store.events().latest(n + 1, page.offset());
        if (events.isEmpty()) {
            return Reply.of(note + (page.offset() == 0 ? messages.get("common.no_events")
                    : messages.get("ask.latest.no_older")));
        }
        boolean more = events.size() > n;
        List<Item> shown = events.stream().limit(n).<Item>map(Item.OfEvent::new).toList();
        String title = messages.get(page.offset() == 0 ? "ask.latest.title" : "ask.latest.earlier");
        List<List<Button>> buttons = more ? Paging.more("/latest " + n, page.offset() + n, messages) : List.of();
        return Reply.of(note + title + Cards.list(shown, messages) + EnglishContent.notice(messages), buttons);
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
