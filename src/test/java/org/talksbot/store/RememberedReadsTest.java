package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedReadsTest {

    private final TestStore store = TestStore.empty()
            .person("blinken", "Antony Blinken", "official", "US Secretary of State")
            .person("aliyev", "Ilham Aliyev", "official", "President of Azerbaijan");
    private final StoreReader reader = new StoreReader(store.jdbi());

    @Test
    void aReadIsAnsweredFromMemoryUntilAnImportMovesTheRevision() {
        assertEquals("Antony Blinken", reader.people().byId("blinken").orElseThrow().name());
        renameBlinken("A. Blinken");
        assertEquals("Antony Blinken", reader.people().byId("blinken").orElseThrow().name(),
                "the store changed without an import: the remembered read stands");
        store.jdbi().useHandle(h -> h.execute("UPDATE store_revision SET revision = revision + 1 WHERE id = 1"));
        assertEquals("A. Blinken", reader.people().byId("blinken").orElseThrow().name());
    }

    @Test
    void readsWithOtherArgumentsAreRememberedApart() {
        assertEquals("Antony Blinken", reader.people().byId("blinken").orElseThrow().name());
        assertEquals("Ilham Aliyev", reader.people().byId("aliyev").orElseThrow().name());
        assertEquals(List.of(), reader.people().byId("nobody").stream().toList());
    }

    @Test
    void forgetReadsTheStoreAgain() {
        reader.people().byId("blinken");
        renameBlinken("A. Blinken");
        reader.forget();
        assertEquals("A. Blinken", reader.people().byId("blinken").orElseThrow().name());
    }

    @Test
    void aRememberedListCannotBeChangedByWhoeverWasGivenIt() {
        List<Alias> names = reader.people().names();
        int count = names.size();
        assertThrows(UnsupportedOperationException.class, () -> names.remove(0));
        assertEquals(count, reader.people().names().size());
    }

    private void renameBlinken(String name) {
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE person SET name = :name WHERE id = 'blinken'")
                .bind("name", name).execute());
    }
}
