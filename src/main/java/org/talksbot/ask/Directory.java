package org.talksbot.ask;

import java.util.List;
import org.talksbot.store.Person;
import org.talksbot.store.StoreCounts;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/**
 * What the commands know about the store as a whole (names, topics, the most active people, counts),
 * read once and re-read when the store changes, so that no answer pays for a scan of the store.
 */
final class Directory {

    static final int MOST_ACTIVE = 12;

    private record Snapshot(Names people, Names topicNames, List<Topic> topics, List<Person> mostActive,
                            StoreCounts counts) {
    }

    private final StoreReader store;
    private volatile Snapshot snapshot;

    Directory(StoreReader store) {
        this.store = store;
        reload();
    }

    void reload() {
        snapshot = new Snapshot(new Names(store.people().names(), true),
                new Names(store.topics().names(), false),
                store.topics().all(),
                store.people().mostActive(MOST_ACTIVE),
                store.events().counts());
    }

    Names people() {
        return snapshot.people();
    }

    Names topicNames() {
        return snapshot.topicNames();
    }

    /** People first, then organisations, by how many quotes and events they have. */
    List<Person> mostActive() {
        return snapshot.mostActive();
    }

    StoreCounts counts() {
        return snapshot.counts();
    }

    /** All topics, main first. */
    List<Topic> topics() {
        return snapshot.topics();
    }
}
