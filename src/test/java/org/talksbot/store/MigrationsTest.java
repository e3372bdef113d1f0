package org.talksbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private final String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aNewDatabaseNeedsFlyway() {
        assertFalse(Migrations.upToDate(dataSource()));
    }

    @Test
    void afterFlywayMigratedTheHistoryMatchesEveryBundledScriptAndItsChecksum() {
        Database.open(url);

        assertTrue(Migrations.upToDate(dataSource()));
        assertEquals((Integer) Migrations.bundled().size(), Jdbi.create(dataSource()).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL").mapTo(Integer.class).one()));
    }

    @Test
    void aScriptMissingFromTheHistoryOrChangedSinceNeedsFlyway() {
        Jdbi jdbi = Database.open(url);
        jdbi.useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 "
                + "WHERE \"version\" = '1'"));
        assertFalse(Migrations.upToDate(dataSource()));

        jdbi.useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1 "
                + "WHERE \"version\" = '1'"));
        assertTrue(Migrations.upToDate(dataSource()));
        jdbi.useHandle(h -> h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
                + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")"));
        assertFalse(Migrations.upToDate(dataSource()));
    }

    @Test
    void reopeningAnUpToDateDatabaseKeepsItsData() {
        Database.open(url).useHandle(h -> h.execute("UPDATE store_revision SET revision = 41"));

        assertEquals(41, StoreRevision.current(Database.open(url)));
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        return source;
    }
}
