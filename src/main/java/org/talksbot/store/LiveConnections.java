package org.talksbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Hands Jdbi a working connection. When the process hosting the database exited, the pool still holds
 * sessions through it: H2's pool finds each dead one as it hands it out (and drops it), so the next one
 * is tried at once; while a survivor takes over as host, connecting fails for a moment and is retried
 * ({@link Reconnect}). Opening a connection has no effects, so retrying it is always safe.
 */
final class LiveConnections implements ConnectionFactory {

    private final JdbcConnectionPool pool;
    private final int size;

    LiveConnections(JdbcConnectionPool pool) {
        this.pool = pool;
        this.size = pool.getMaxConnections();
    }

    @Override
    public Connection openConnection() throws SQLException {
        try {
            return Reconnect.retrying("connecting to the database", this::firstLive);
        } catch (Unavailable e) {
            throw e.getCause();
        }
    }

    private Connection firstLive() {
        SQLException last = null;
        // every pooled connection may be dead, then a new one is made
        for (int tries = 0; tries <= size; tries++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (!Reconnect.isConnectionLost(e)) {
                    throw new Unavailable(e);
                }
                last = e;
            }
        }
        throw new Unavailable(last);
    }

    /** Carries the SQLException through {@link Reconnect#retrying}, which sees it as its cause. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
