package org.talksbot.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Remembers reads until the store revision moves: the store only changes by imports, which move it,
 * so a remembered read is what the store would answer now. Bounded; safe to share between threads.
 */
final class RevisionCache {

    private record Reads(long revision, Map<Object, Object> byKey) {
    }

    private final Jdbi jdbi;
    private final int capacity;
    private volatile Reads reads = new Reads(Long.MIN_VALUE, Map.of());

    RevisionCache(Jdbi jdbi, int capacity) {
        this.jdbi = jdbi;
        this.capacity = capacity;
    }

    /** Forgets everything remembered, for a store changed without moving its revision. */
    void forget() {
        reads = new Reads(Long.MIN_VALUE, Map.of());
    }

    /** The remembered value for this key at the current revision, or the read, remembered while there is room. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> read) {
        long revision = StoreRevision.current(jdbi);
        Reads current = reads;
        if (current.revision() != revision) {
            // the revision is read before the value, so a value read during an import is dropped on the next call
            current = new Reads(revision, new ConcurrentHashMap<>());
            reads = current;
        }
        Object known = current.byKey().get(key);
        if (known != null) {
            return (T) known;
        }
        T value = read.get();
        if (current.byKey().size() < capacity) {
            current.byKey().putIfAbsent(key, value);
        }
        return value;
    }
}
