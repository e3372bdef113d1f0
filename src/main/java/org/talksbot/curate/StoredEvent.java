package org.talksbot.curate;

import java.util.List;
import java.util.Set;
import org.talksbot.store.EventDate;
import org.talksbot.store.Source;

/** An event as the store holds it: the row (translated titles included), its sources in order, people and topics. */
record StoredEvent(String id, EventDate date, String title, String titleRu, String titleHy, String summary,
                   String place, List<Source> sources, Set<String> people, Set<String> topics) {
}
