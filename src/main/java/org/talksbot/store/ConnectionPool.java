package org.talksbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The store's connections. HikariCP rather than H2's own pool: H2's pool rolls back every connection
 * handed back, and an H2 rollback empties the session's cache of parsed statements, so every Jdbi handle
 * parsed each of its statements again (about a tenth of the bot's CPU). Hikari rolls back only a
 * connection left inside a transaction, so a session keeps its parsed statements from handle to handle.
 */
final class ConnectionPool {

    /** Polling, the inbox's lanes, the sender's threads and an import may all hold one at once. */
    static final int MAX_CONNECTIONS = 32;
    /** More are made as threads ask for them; making all 32 at start-up would only slow it. */
    static final int MIN_IDLE = 2;
    /**
     * Parsed statements each session keeps, unless the URL sets it. H2's default of 8 is fewer than one
     * answer runs (the inbox, the chat, its language, the store, the outbox), and sessions pass between
     * threads, so with 8 the hot statements pushed each other out and were parsed again nearly every time.
     */
    static final int QUERY_CACHE = 64;
    /**
     * H2's page cache, in KB, unless the URL sets one. Its default (16 MB with a 128 MB heap) was more
     * than half of the bot's live heap; the hot pages of the store fit in a few MB, and the answers keep
     * their own caches above it.
     */
    static final int PAGE_CACHE_KB = 2048;

    private ConnectionPool() {
    }

    /** Opens the pool with one connection made at once; fails (cause: H2's exception) when it cannot connect. */
    static HikariDataSource open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withCacheSizes(jdbcUrl));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(MIN_IDLE);
        // its daemon threads live as long as the database stays open, like H2's own; not the app's "talksbot-" ones
        config.setPoolName("h2-store");
        config.setExceptionOverride(new LostConnections());
        return new HikariDataSource(config);
    }

    /** The URL with both caches at the bot's sizes, where it does not set them itself. */
    static String withCacheSizes(String jdbcUrl) {
        return withSetting(withSetting(jdbcUrl, "QUERY_CACHE_SIZE", QUERY_CACHE), "CACHE_SIZE", PAGE_CACHE_KB);
    }

    private static String withSetting(String jdbcUrl, String name, int value) {
        boolean set = Pattern.compile(";\\s*" + name + "\\s*=", Pattern.CASE_INSENSITIVE).matcher(jdbcUrl).find();
        return set ? jdbcUrl : jdbcUrl + ";" + name + "=" + value;
    }

    /**
     * Hikari drops a connection on SQLSTATE 08xxx only; H2 says a session through an exited
     * {@code AUTO_SERVER} host is broken with its own codes, so those connections are dropped too.
     */
    private static final class LostConnections implements SQLExceptionOverride {
        @java.lang.Override
        public Override adjudicate(SQLException e) {
            return Reconnect.isConnectionLost(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
        }
    }
}
