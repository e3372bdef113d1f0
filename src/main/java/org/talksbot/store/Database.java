package org.talksbot.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Opens the store: applies the versioned migrations in {@code db/migration}, then hands out Jdbi. */
public final class Database {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/talksbot;AUTO_SERVER=TRUE";

    private Database() {
    }

    /** The store at this URL, migrated; DatabaseUnavailableException (one line: why) when it cannot be opened. */
    public static Jdbi open(String jdbcUrl) {
        StaleLock.clear(jdbcUrl);
        createFolder(jdbcUrl);
        AtomicReference<HikariDataSource> opened = new AtomicReference<>();
        try {
            // a fresh database opened by two processes at once, or whose host process exits meanwhile, needs a retry
            Reconnect.retrying("applying the migrations", () -> {
                if (opened.get() == null) {
                    opened.set(ConnectionPool.open(jdbcUrl));
                }
                Migrations.apply(opened.get());
            });
        } catch (RuntimeException e) {
            if (opened.get() != null) {
                opened.get().close();
            }
            throw new DatabaseUnavailableException(reason(e), e);
        }
        Jdbi jdbi = Jdbi.create(new LiveConnections(opened.get())).installPlugin(new SqlObjectPlugin());
        // our SQL has no <attribute> templates: the default engine rebuilt every statement's text to find none
        jdbi.setTemplateEngine(TemplateEngine.NOP);
        return jdbi;
    }

    /**
     * Creates a file database's folder before H2 does: when two processes open a fresh database at once,
     * H2's own creation fails in the one that comes second ("a file with this name already exists"),
     * where Java's takes a folder made meanwhile as made. Anything else wrong is left for H2 to report.
     */
    private static void createFolder(String jdbcUrl) {
        StaleLock.databasePath(jdbcUrl).map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException | RuntimeException e) {
                // H2 says what is wrong when it tries
            }
        });
    }

    /** The first line of the innermost message: H2's own words, not Flyway's wrapping. */
    private static String reason(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }

    /** A private in-memory store, for tests and benchmarks; each name is its own database. */
    public static Jdbi inMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
}
