package org.talksbot.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Opens the store: applies the versioned migrations in {@code db/migration}, then hands out Jdbi. */
public final class Database {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/talksbot;AUTO_SERVER=TRUE";

    private Database() {
    }

    public static Jdbi open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        // polling, the inbox's lanes, the sender's threads and an import may all hold one at once
        pool.setMaxConnections(32);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /** A private in-memory store, for tests and benchmarks; each name is its own database. */
    public static Jdbi inMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
}
