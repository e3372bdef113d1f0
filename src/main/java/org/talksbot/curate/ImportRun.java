package org.talksbot.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.talksbot.curate.CuratedEntries.EventEntry;
import org.talksbot.curate.CuratedEntries.QuoteEntry;
import org.talksbot.store.Reconnect;

/**
 * Applies one validated batch inside the caller's transaction: each item is compared with what is
 * stored and written only when it is new or different, so a repeated import changes nothing.
 */
final class ImportRun {

    private enum Outcome { ADDED, CHANGED, UNCHANGED }

    private final CuratedStore store;

    private ImportRun(Handle handle) {
        this.store = new CuratedStore(handle);
    }

    /** Validates against the store, writes what differs, counts a revision if anything did. */
    static ImportReport apply(Handle handle, CuratedBatch batch) {
        return new ImportRun(handle).apply(batch);
    }

    private ImportReport apply(CuratedBatch batch) {
        Problems problems = new Problems();
        new Validator(store.known(), problems).validate(batch);
        problems.throwIfAny();

        List<Outcome> reference = new ArrayList<>();
        for (var item : batch.people()) {
            reference.add(upsert(item.ref(), StoredItems.person(item.entry()), store::person, store::write));
        }
        for (var item : batch.topics()) {
            reference.add(upsert(item.ref(), StoredItems.topic(item.entry()), store::topic, store::write));
        }
        for (var item : batch.places()) {
            reference.add(upsert(item.ref(), StoredItems.place(item.entry()), store::place, store::write));
        }
        Tally events = new Tally();
        for (Item<EventEntry> item : batch.events()) {
            events.add(item.ref().id(), item.entry().correction(),
                    upsert(item.ref(), StoredItems.event(item.entry()), store::event, store::write));
        }
        Tally quotes = new Tally();
        for (Item<QuoteEntry> item : batch.quotes()) {
            quotes.add(item.ref().id(), item.entry().correction(),
                    upsert(item.ref(), StoredItems.quote(item.entry()), store::quote, store::write));
        }
        ImportReport report = new ImportReport(events.changes(), quotes.changes(),
                (int) reference.stream().filter(o -> o == Outcome.ADDED).count(),
                (int) reference.stream().filter(o -> o == Outcome.CHANGED).count());
        if (report.changedAnything()) {
            store.countRevision();
        }
        return report;
    }

    private static <S> Outcome upsert(ItemRef ref, S incoming, Function<String, Optional<S>> read, Consumer<S> write) {
        try {
            Optional<S> stored = read.apply(ref.id());
            if (stored.isPresent() && Objects.equals(stored.get(), incoming)) {
                return Outcome.UNCHANGED;
            }
            write.accept(incoming);
            return stored.isPresent() ? Outcome.CHANGED : Outcome.ADDED;
        } catch (JdbiException e) {
            if (Reconnect.isConnectionLost(e)) {
                throw e; // not the item's fault: the import starts over
            }
            // validation should have caught it; still name the item rather than show a stack trace
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new CurationException(ref + ": the database refused it: " + firstLine(cause));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** Ids by outcome, in file order. */
    private static final class Tally {
        private final List<String> added = new ArrayList<>();
        private final List<String> changed = new ArrayList<>();
        private final List<String> corrected = new ArrayList<>();

        void add(String id, Boolean correction, Outcome outcome) {
            if (outcome == Outcome.ADDED) {
                added.add(id);
            } else if (outcome == Outcome.CHANGED) {
                changed.add(id);
                if (Boolean.TRUE.equals(correction)) {
                    corrected.add(id);
                }
            }
        }

        ImportReport.Changes changes() {
            return new ImportReport.Changes(List.copyOf(added), List.copyOf(changed), List.copyOf(corrected));
        }
    }
}
