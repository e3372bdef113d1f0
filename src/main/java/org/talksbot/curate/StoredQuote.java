package org.talksbot.curate;

import java.util.Set;
import org.talksbot.store.EventDate;
import org.talksbot.store.Source;

/** A quote as the store holds it: the row and its topics. */
record StoredQuote(String id, EventDate date, String personId, String speakerRole, String text, String context,
                   String eventId, Source source, Set<String> topics) {
}
