package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class StoreRevisionTest {

    @Test
    void freshStoreIsAtRevisionZero() {
        Jdbi jdbi = Database.inMemory("revision-" + UUID.randomUUID());

        assertEquals(0, StoreRevision.current(jdbi));
    }

    @Test
    void readsTheRevisionAnotherWriterCommitted() {
        Jdbi jdbi = Database.inMemory("revision-" + UUID.randomUUID());
        jdbi.useHandle(h -> h.execute("UPDATE store_revision SET revision = 7 WHERE id = 1"));

        assertEquals(7, StoreRevision.current(jdbi));
    }
}
