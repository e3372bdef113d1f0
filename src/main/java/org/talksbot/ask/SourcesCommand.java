package org.talksbot.ask;

import org.talksbot.core.Command;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.StoreCounts;

/** {@code /sources}: where the answers come from and how they are curated, with live counts. */
final class SourcesCommand implements Command {

    private final Directory directory;

    SourcesCommand(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String usage(Messages messages) {
        return "/sources";
    }

    @Override
    public String description(Messages messages) {
        return messages.get("ask.sources.description");
    }

    @Override
    public Reply answer(Request request, String args) {
        Messages messages = Messages.of(request);
        StoreCounts counts = directory.counts();
        StringBuilder html = new StringBuilder(messages.get("ask.sources.title")).append("\n")
                .append(messages.get("ask.sources.counts", "events", counts.events(), "quotes", counts.quotes(),
                        "sources", counts.sources(), "publishers", counts.publishers(), "people", counts.people(),
                        "topics", counts.topics()));
        // quotes count too: the newest item may be a quote dated after the newest event
        if (counts.firstItem() != null) {
            html.append(" ").append(messages.get("ask.sources.span", "first", messages.month(counts.firstItem()),
                    "last", messages.month(counts.lastItem())));
        }
        return Reply.of(html.append("\n\n").append(messages.get("ask.sources.rules"))
                .append(EnglishContent.notice(messages)).toString());
    }
}
