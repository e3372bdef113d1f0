package org.talksbot.ask;

import java.util.Arrays;
import java.util.List;
import org.talksbot.store.StoreReader;

/** Word search in SQL: every word must appear (any case) in an event's title/summary or a quote's text/context. */
public final class SqlItemSearch implements ItemSearch {

    private final StoreReader store;

    public SqlItemSearch(StoreReader store) {
        this.store = store;
    }

    @Override
    public List<Item> search(String words, int limit) {
        List<String> list = words(words);
        if (list.isEmpty()) {
            return List.of();
        }
        List<Item> items = Item.merge(store.eventsWithWords(list, limit), store.quotesWithWords(list, limit));
        return items.subList(0, Math.min(limit, items.size()));
    }

    /** Words split on spaces, with punctuation around them dropped. */
    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .map(word -> word.replaceAll("^[\\p{Punct}“”«»&&[^%_]]+|[\\p{Punct}“”«»&&[^%_]]+$", ""))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
