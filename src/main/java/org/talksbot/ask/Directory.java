package org.talksbot.ask;

import java.util.List;
import org.talksbot.store.StoreReader;
import org.talksbot.store.Topic;

/** The people and topics the commands recognise, read once and re-read when the store changes. */
final class Directory {

    private record Snapshot(Names people, Names topicNames, List<Topic> topics) {
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
                store.topics().all());
    }

    Names people() {
        return snapshot.people();
    }

    Names topicNames() {
        return snapshot.topicNames();
    }

    /** All topics, main first. */
    List<Topic> topics() {
        return snapshot.topics();
    }
}
