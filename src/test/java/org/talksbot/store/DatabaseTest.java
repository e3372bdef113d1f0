package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private static int cacheKb(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")
                .mapTo(Integer.class).one()) * 1024;
    }

    @Test
    void aFileStoreKeepsASmallPageCache() {
        Jdbi jdbi = Database.open("jdbc:h2:file:" + dir.resolve("small") + ";AUTO_SERVER=TRUE");

        assertEquals(ConnectionPool.PAGE_CACHE_KB, cacheKb(jdbi));
    }

    @Test
    void aCacheSizeInTheUrlIsKept() {
        Jdbi jdbi = Database.open("jdbc:h2:file:" + dir.resolve("large") + ";CACHE_SIZE=8192");

        assertEquals(8192, cacheKb(jdbi));
    }

    @Test
    void aQueryCacheSizeInTheUrlIsNotTakenForThePageCache() {
        Jdbi jdbi = Database.open("jdbc:h2:file:" + dir.resolve("query") + ";QUERY_CACHE_SIZE=16");

        assertEquals(ConnectionPool.PAGE_CACHE_KB, cacheKb(jdbi));
    }
}
