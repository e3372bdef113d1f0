package org.talksbot.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.CuratedCopies;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/**
 * Real curated data, loaded once per folder for the tests that evaluate answers against it: db/curated
 * itself ({@link #REAL}) or the copy with a curator's addition ({@link #extended()}).
 */
final class CuratedData {

    /** "Now" for the evaluation: after the newest item, so "last year" means 2025. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    private static final Map<Path, CuratedData> LOADED = new ConcurrentHashMap<>();

    static final CuratedData REAL = of(CuratedCopies.REAL);

    private final Jdbi jdbi;
    private ItemIndex index;

    private CuratedData(Path folder) {
        jdbi = Database.inMemory("curated-search-" + LOADED.size() + "-" + folder.getFileName());
        new Curator(jdbi).importPath(folder);
    }

    static CuratedData of(Path folder) {
        return LOADED.computeIfAbsent(folder, CuratedData::new);
    }

    static CuratedData extended() {
        return of(CuratedCopies.extended());
    }

    Jdbi jdbi() {
        return jdbi;
    }

    synchronized ItemIndex index() {
        if (index == null) {
            index = new ItemIndex(jdbi);
        }
        return index;
    }

    QuestionAnswerer answerer() {
        return new QuestionAnswerer(index(), CLOCK);
    }
}
