package org.talksbot.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.store.StoreRevision;

/**
 * The name index of the store as it is now: rebuilt when the store revision moves, so names added by
 * an import in another process are known at the next lookup, with no /reload.
 */
public final class LiveNames {

    private record Built(long revision, NameIndex index) {
    }

    private final Jdbi jdbi;
    private volatile Built built = new Built(Long.MIN_VALUE, null);

    public LiveNames(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Forgets the index, so the next lookup reads the store again (for changes that kept the revision). */
    public void forget() {
        built = new Built(Long.MIN_VALUE, null);
    }

    /** The index for the current store revision. */
    public NameIndex current() {
        Built known = built;
        long revision = StoreRevision.current(jdbi);
        if (known.revision() == revision) {
            return known.index();
        }
        Built fresh = jdbi.inTransaction(handle -> new Built(StoreRevision.current(handle), read(handle)));
        built = fresh;
        return fresh.index();
    }

    /** Builds the index from the store behind this handle. */
    public static NameIndex read(Handle handle) {
        NameReads reads = handle.attach(NameReads.class);
        NameIndex.Builder builder = NameIndex.builder();
        Map<String, List<String>> personAliases = group(reads.personAliases());
        reads.people().forEach(p -> builder.person(p.id(), p.name(), p.kind(),
                personAliases.getOrDefault(p.id(), List.of())));
        Map<String, List<String>> topicAliases = group(reads.topicAliases());
        reads.topics().forEach(t -> builder.topic(t.id(), t.name(), t.kind(),
                topicAliases.getOrDefault(t.id(), List.of())));
        Map<String, List<String>> placeNames = group(reads.placeNames());
        reads.places().forEach(p -> builder.place(p.id(), p.name(), placeNames.getOrDefault(p.id(), List.of())));
        return builder.build();
    }

    private static Map<String, List<String>> group(List<NameReads.Alias> aliases) {
        Map<String, List<String>> grouped = new HashMap<>();
        aliases.forEach(a -> grouped.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a.alias()));
        return grouped;
    }
}
