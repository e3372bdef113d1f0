package org.talksbot.curate;

import java.util.ArrayList;
import java.util.List;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.PersonEntry;
import org.talksbot.curate.CuratedEntries.PlaceEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.curate.CuratedEntries.TopicEntry;

/** Every entry of one import, across all its files, in file order. */
record CuratedBatch(List<Item<PersonEntry>> people, List<Item<TopicEntry>> topics, List<Item<PlaceEntry>> places,
                    List<Item<EventEntry>> events, List<Item<QuoteEntry>> quotes) {

    static CuratedBatch empty() {
        return new CuratedBatch(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
    }
}
