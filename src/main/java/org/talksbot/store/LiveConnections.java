package org.talksbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Hands Jdbi a working connection. When the process hosting the database exited, the pool still holds
 * sessions through it: the pool checks a connection that sat idle before handing it out and drops a dead
 * one (and one that failed as broken, {@link ConnectionPool}), making a new one; while a survivor takes
 * over as host, connecting fails for a moment and is retried ({@link Reconnect}). Opening a connection has
 * no effects, so retrying it is always safe.
 */
final class LiveConnections implements ConnectionFactory {

    private final DataSource pool;

    LiveConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection openConnection() throws SQLException {
        try {
            return Reconnect.retrying("connecting to the database", this::connect);
        } catch (Unavailable e) {
            throw e.getCause();
        }
    }

    private Connection connect() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new Unavailable(e);
        }
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
