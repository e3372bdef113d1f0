package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.talksbot.i18n.Language;

/** V12 on a store from before it: rows kept, no translations yet, and the next start imports the curated files again. */
class TranslationColumnsMigrationTest {

    @Test
    void aStoreFromBeforeTheTranslationsKeepsItsRowsAndForgetsTheLastImportsFingerprint() {
        OlderStore older = OlderStore.at("11");
        String url = older.url();
        Jdbi before = older.jdbi();
        before.useHandle(h -> {
            h.execute("INSERT INTO topic(id, name, main) VALUES ('trade', 'Trade and transit', FALSE)");
            h.execute("INSERT INTO event(id, event_date, date_precision, title, summary) "
                    + "VALUES ('2025-10-21-x', DATE '2025-10-21', 'day', 'Transit restrictions lifted', 'S.')");
            h.execute("INSERT INTO curated_import(id, fingerprint, revision, imported_at) "
                    + "VALUES (1, 'abc', 0, CURRENT_TIMESTAMP)");
        });

        StoreReader store = new StoreReader(Database.open(url));

        assertEquals("Transit restrictions lifted", store.events().byId("2025-10-21-x").orElseThrow().title(Language.RU));
        assertEquals("Trade and transit", store.topics().byId("trade").orElseThrow().name(Language.HY));
        assertEquals(0, before.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM curated_import")
                .mapTo(Integer.class).one()).intValue(), "the next start imports again and fills the new columns");
        assertEquals(Arrays.asList(null, null), before.withHandle(h -> h.createQuery(
                "SELECT title_ru FROM event UNION ALL SELECT name_hy FROM topic").mapTo(String.class).list()));
    }
}
