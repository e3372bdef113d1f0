package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private static int setting(Jdbi jdbi, String name) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = :name")
                .bind("name", name).mapTo(Integer.class).one());
    }

    private static int cacheKb(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")
                .mapTo(Integer.class).one()) * 1024;
    }

    @Test
    void aFileStoreKeepsASmallPageCacheAndParsedStatementsForEveryQueryTheBotRuns() {
        Jdbi jdbi = Database.open("jdbc:h2:file:" + dir.resolve("small") + ";AUTO_SERVER=TRUE");

        assertEquals(Database.CACHE_KB, cacheKb(jdbi));
        assertEquals(Database.QUERY_CACHE, setting(jdbi, "QUERY_CACHE_SIZE"));
    }

    @Test
    void cacheSizesInTheUrlAreKept() {
        Jdbi jdbi = Database.open("jdbc:h2:file:" + dir.resolve("large") + ";CACHE_SIZE=8192;QUERY_CACHE_SIZE=16");

        assertEquals(8192, cacheKb(jdbi));
        assertEquals(16, setting(jdbi, "QUERY_CACHE_SIZE"));
    }
}
