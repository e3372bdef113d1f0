package org.talksbot.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.talksbot.curate.Curator;
import org.talksbot.store.Database;

/** A small made-up store (src/test/resources/search/fixture) in its own in-memory database. */
final class FixtureStore {

    static final Path FIXTURE = Path.of("src/test/resources/search/fixture");
    static final Path ADDITION = Path.of("src/test/resources/search/addition");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private FixtureStore() {
    }

    static Jdbi load() {
        Jdbi jdbi = Database.inMemory("search-fixture-" + NEXT.incrementAndGet());
        new Curator(jdbi).importPath(FIXTURE);
        return jdbi;
    }
}
