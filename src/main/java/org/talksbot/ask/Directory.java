package org.talksbot.ask;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.names.LiveNames;
import org.talksbot.names.NameIndex;
import org.talksbot.store.Person;
import org.talksbot.store.StoreCounts;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/**
 * What the commands know about the store as a whole (names, topics, people by activity, counts), read
 * once per store revision: an import from another process is seen at the next request, no /reload.
 */
final class Directory {

    /** Enough for /who to page through everyone in any store this bot is meant for. */
    static final int MOST_PEOPLE = 1000;

    private record Snapshot(long revision, NameIndex names, List<Topic> topics, List<Person> people,
                            StoreCounts counts) {
    }

    private final StoreReader store;
    private final LiveNames names;
    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, null, List.of(), List.of(), null);

    Directory(StoreReader store, Jdbi jdbi) {
        this.store = store;
        this.names = new LiveNames(jdbi);
    }

    private Snapshot snapshot() {
        Snapshot known = snapshot;
        long revision = store.revision();
        if (known.revision() == revision) {
            return known;
        }
        Snapshot fresh = new Snapshot(revision, names.current(), store.topics().all(),
                store.people().mostActive(MOST_PEOPLE), store.events().counts());
        snapshot = fresh;
        return fresh;
    }

    /** Reads everything again at the next use, even if the revision did not move. */
    void forget() {
        names.forget();
        snapshot = new Snapshot(Long.MIN_VALUE, null, List.of(), List.of(), null);
    }

    /** The store revision the rest was read at. */
    long revision() {
        return snapshot().revision();
    }

    /** Every name of people, topics and places. */
    NameIndex names() {
        return snapshot().names();
    }

    /** People first, then organisations, by how many quotes and events they have. */
    List<Person> people() {
        return snapshot().people();
    }

    StoreCounts counts() {
        return snapshot().counts();
    }

    /** All topics, main first. */
    List<Topic> topics() {
        return snapshot().topics();
    }
}
