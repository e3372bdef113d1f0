package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class RevisionCacheTest {

    private final Jdbi jdbi = Database.inMemory("revision-cache-" + System.nanoTime());
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aReadIsRememberedUntilAnImportMovesTheRevision() {
        RevisionCache cache = new RevisionCache(jdbi, 10);
        assertEquals(1, (int) cache.get("k", reads::incrementAndGet));
        assertEquals(1, (int) cache.get("k", reads::incrementAndGet));
        jdbi.useHandle(h -> h.execute("UPDATE store_revision SET revision = revision + 1 WHERE id = 1"));
        assertEquals(2, (int) cache.get("k", reads::incrementAndGet));
        assertEquals(2, (int) cache.get("k", reads::incrementAndGet));
    }

    @Test
    void keysBeyondTheCapacityAreReadEveryTime() {
        RevisionCache cache = new RevisionCache(jdbi, 1);
        cache.get("first", reads::incrementAndGet);
        assertEquals(2, (int) cache.get("second", reads::incrementAndGet));
        assertEquals(3, (int) cache.get("second", reads::incrementAndGet));
        assertEquals(1, (int) cache.get("first", reads::incrementAndGet));
    }
}
