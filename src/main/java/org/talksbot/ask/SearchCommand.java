package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Command;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;

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
    public String usage() {
        return "/search WORDS";
    }

    @Override
    public String description() {
        return "Events and quotes matching the words, best first (typos and place-name spellings allowed)";
    }

    @Override
    public Reply answer(Request request, String args) {
        if (args.isBlank()) {
            return Reply.of("What should I look for? For example /search border delimitation");
        }
        List<Item> items = search.search(args, SHOWN);
        String echo = Html.escape(Texts.echo(args));
        if (items.isEmpty()) {
            return Reply.of("Nothing in the store matches “" + echo + "”. Try fewer words, /topics or /timeline.");
        }
        return Reply.of("<b>Found for “" + echo + "”</b>" + Cards.list(items));
    }
}
