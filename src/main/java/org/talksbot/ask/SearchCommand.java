package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;

/** {@code /search WORDS}: events and quotes containing the words, newest first. */
final class SearchCommand implements Command {

    static final int SHOWN = 8;

    private final ItemSearch search;

    SearchCommand(ItemSearch search) {
        this.search = search;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage(Messages messages) {
        return messages.get("ask.search.usage");
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.search.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        if (args.isBlank()) {
            return Reply.of(messages.get("ask.search.what"));
        }
        List<Item> items = search.search(args, SHOWN);
        String echo = Html.escape(Texts.echo(args));
        if (items.isEmpty()) {
            return Reply.of(messages.get("ask.search.nothing", "text", echo));
        }
        return Reply.of(messages.get("ask.search.title", "text", echo) + Cards.list(items, messages)
                + EnglishContent.notice(messages));
    }
}
