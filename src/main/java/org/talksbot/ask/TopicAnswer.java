package org.talksbot.ask;

import java.util.List;
import org.talksbot.core.Button;
import org.talksbot.core.Html;
import org.talksbot.core.Reply;
import org.talksbot.i18n.EnglishContent;
import org.talksbot.i18n.Messages;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/** A topic's page: name, background, then its events and quotes merged newest first, paged. */
final class TopicAnswer {

    static final int PAGE = 8;

    private final StoreReader store;

    TopicAnswer(StoreReader store) {
        this.store = store;
    }

    Reply page(Topic topic, int offset, Messages messages) {
        // Merging two newest-first lists needs the first offset+PAGE+1 of each; pages stay shallow in practice.
        int window = offset + PAGE + 1;
        List<Item> items = Item.merge(store.newestEventsOnTopic(topic.id(), window),
                store.newestQuotesOnTopic(topic.id(), window));
        StringBuilder html = new StringBuilder(Html.bold(Cards.topicName(topic, messages)));
        if (offset == 0 && topic.background() != null && !topic.background().isBlank()) {
            html.append("\n").append(Html.escape(topic.background()));
        }
        if (items.size() <= offset) {
            html.append("\n\n").append(messages.get(offset == 0 ? "ask.topic.empty" : "ask.topic.no_older"));
            if (offset == 0 && topic.background() != null && !topic.background().isBlank()) {
                html.append(EnglishContent.notice(messages));
            }
            return Reply.of(html.toString());
        }
        List<Item> shown = items.subList(offset, Math.min(items.size(), offset + PAGE));
        html.append(Cards.list(shown, messages)).append(EnglishContent.notice(messages));
        List<List<Button>> buttons = new java.util.ArrayList<>(items.size() > offset + PAGE
                ? Paging.more(commandLine(topic), offset + PAGE, messages) : List.of());
        ChartButton.of(topic.id(), messages).ifPresent(chart -> buttons.add(List.of(chart)));
        return Reply.of(html.toString(), buttons);
    }

    /**
     * Reads each topic's first page ahead, so the first user to open a topic after a start or reload
     * does not wait for it (a busy topic's first read sorts all its items; the store remembers the result).
     */
    void readAhead(List<Topic> topics) {
        for (Topic topic : topics) {
            store.newestEventsOnTopic(topic.id(), PAGE + 1);
            store.newestQuotesOnTopic(topic.id(), PAGE + 1);
        }
    }

    /** The shortest command that shows this topic again. */
    static String commandLine(Topic topic) {
        return topic.command() != null ? "/" + topic.command() : "/topic " + topic.id();
    }
}
