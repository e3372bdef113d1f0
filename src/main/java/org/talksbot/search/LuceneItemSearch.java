package org.talksbot.search;

import java.time.Clock;
import java.util.List;
import org.talksbot.ask.Item;
import org.talksbot.ask.ItemSearch;

/** {@code /search} on the Lucene index: the words read like a question (names, dates, misspellings), best first. */
public final class LuceneItemSearch implements ItemSearch {

    private final ItemIndex index;
    private final QuestionReader reader;

    public LuceneItemSearch(ItemIndex index, Clock clock) {
        this.index = index;
        this.reader = new QuestionReader(clock);
    }

    @Override
    public List<Item> search(String words, int limit) {
        IndexSnapshot snapshot = index.snapshot();
        Question question = reader.read(words, snapshot.vocabulary());
        return QuestionSearch.find(question, snapshot, 0, limit).items().stream().map(IndexedItem::item).toList();
    }
}
