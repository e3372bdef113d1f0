package org.talksbot.chart;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.store.StoreRevision;

/**
 * Charts of the store, remembered per store revision, request and language (the words on the image are
 * the reader's): the same chart asked again (by any name of its subject) until the next import is not drawn again, and several asking at once wait for one
 * drawing. The most recently used {@link #REMEMBERED} charts are kept.
 */
public final class Charts {

    static final int REMEMBERED = 64;

    private record Key(long revision, String subject, LocalDate from, LocalDate to, Language language) {
    }

    private final Jdbi jdbi;
    private final ChartQueries queries;
    private final Map<Key, CompletableFuture<Optional<Chart>>> remembered;
    private final java.util.concurrent.atomic.AtomicLong drawn = new java.util.concurrent.atomic.AtomicLong();

    public Charts(Jdbi jdbi) {
        this(jdbi, REMEMBERED);
    }

    Charts(Jdbi jdbi, int capacity) {
        this.jdbi = jdbi;
        this.queries = jdbi.onDemand(ChartQueries.class);
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Optional<Chart>>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The chart of the subject from {@code from} to {@code to} (either may be null: from the first item, to
     * the newest); empty when fewer than two items fall in that range.
     */
    public Optional<Chart> chart(ChartSubject subject, LocalDate from, LocalDate to) {
        return chart(subject, from, to, Messages.of(Language.EN));
    }

    /** As above, with the title, legend, axes and caption in the reader's language. */
    public Optional<Chart> chart(ChartSubject subject, LocalDate from, LocalDate to, Messages messages) {
        Key key = new Key(StoreRevision.current(jdbi), subject.key(), from, to, messages.language());
        CompletableFuture<Optional<Chart>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Chart>> known;
        synchronized (remembered) {
            known = remembered.putIfAbsent(key, mine);
        }
        if (known != null) {
            return known.join();
        }
        try {
            Optional<Chart> chart = draw(subject, from, to, messages);
            mine.complete(chart);
            return chart;
        } catch (RuntimeException e) {
            synchronized (remembered) {
                remembered.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many charts were drawn (not served from memory), for tests and benchmarks. */
    public long drawn() {
        return drawn.get();
    }

    /** Reads and draws, never from memory (the benchmark times this). */
    Optional<Chart> draw(ChartSubject subject, LocalDate from, LocalDate to, Messages messages) {
        Map<String, ChartRow.Weight> weights = new java.util.HashMap<>();
        queries.weights().forEach(weight -> weights.put(weight.id(), weight));
        Optional<ChartData> data = ChartDataBuilder.build(subject, rows(subject), weights, from, to,
                queries.oldest(), queries.newest());
        data.ifPresent(counted -> drawn.incrementAndGet());
        return data.map(counted -> new Chart(counted, png(counted, messages), ChartTexts.caption(counted, messages),
                ChartTexts.text(counted, messages)));
    }

    /** A machine whose Java lacks a working AWT fails here with an Error; it becomes an answer's failure, not a dead thread. */
    private static byte[] png(ChartData data, Messages messages) {
        try {
            return ChartRenderer.png(data, messages);
        } catch (LinkageError | InternalError | java.awt.AWTError e) {
            throw new IllegalStateException("charts cannot be drawn on this Java: " + e, e);
        }
    }

    /** Everything the subject's chart counts, unfiltered by date (the range is clipped to it). */
    List<ChartRow> rows(ChartSubject subject) {
        return switch (subject.kind()) {
            case ALL -> queries.events();
            case TOPIC -> queries.eventsOnTopic(subject.id());
            case PERSON -> {
                List<ChartRow> rows = new java.util.ArrayList<>(queries.eventsOf(subject.id()));
                rows.addAll(queries.quotesBy(subject.id()));
                yield rows;
            }
        };
    }
}
