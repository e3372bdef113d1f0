package org.talksbot.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/** The real curated data of db/curated, loaded once for the tests that evaluate answers against it. */
final class CuratedData {

    /** "Now" for the evaluation: after the newest item, so "last year" means 2025. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

    private static Jdbi jdbi;
    private static ItemIndex index;

    private CuratedData() {
    }

    static synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Database.inMemory("curated-search");
            new Curator(jdbi).importPath(Path.of("db/curated"));
        }
        return jdbi;
    }

    static synchronized ItemIndex index() {
        if (index == null) {
            index = new ItemIndex(jdbi());
        }
        return index;
    }

    static QuestionAnswerer answerer() {
        return new QuestionAnswerer(index(), CLOCK);
    }
}
