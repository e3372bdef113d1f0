package org.talksbot.store;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/** A private in-memory store migrated only up to an older version, for tests of the migrations after it. */
record OlderStore(String url, Jdbi jdbi) {

    static OlderStore at(String version) {
        String url = "jdbc:h2:mem:v" + version + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        Flyway.configure().dataSource(source).locations("classpath:" + Migrations.LOCATION).target(version).load()
                .migrate();
        return new OlderStore(url, Jdbi.create(source));
    }
}
