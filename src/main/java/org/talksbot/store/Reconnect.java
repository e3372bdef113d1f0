package org.talksbot.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries work that failed because the database connection was lost. With {@code AUTO_SERVER=TRUE} the
 * first process to open the database hosts it for the others; when that process exits (an {@code import}
 * that finished), every session through it breaks, and a transaction in flight is gone with it. H2 then
 * reconnects (one of the survivors becomes the host), so the whole unit of work is simply run again.
 */
public final class Reconnect {

    private static final Logger log = LoggerFactory.getLogger(Reconnect.class);
    /** A dying host can hold the lock file for a few seconds; H2 waits out a stale one in about two. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 2_000;
    /** Once the JVM is stopping, H2 closes its databases on purpose: nothing to wait for then. */
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "talksbot-reconnect-stop"));
    }

    private Reconnect() {
    }

    /** Runs {@code work}, again after a pause each time it loses the connection, for up to a minute. */
    public static <T> T retrying(String what, Supplier<T> work) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (stopping || !isConnectionLost(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                log.info("could not reach the database while {} ({}); trying again in {} ms (attempt {})", what,
                        firstLine(sqlCause(e)), pause, attempt + 1);
                sleep(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    public static void retrying(String what, Runnable work) {
        retrying(what, () -> {
            work.run();
            return null;
        });
    }

    /** True when somewhere in the causes H2 says the connection or the database went away. */
    public static boolean isConnectionLost(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return false;
        }
        String state = sql.getSQLState();
        return switch (sql.getErrorCode()) {
            case ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.DATABASE_IS_CLOSED,
                    ErrorCode.DATABASE_CALLED_AT_SHUTDOWN -> true;
            default -> state != null && state.startsWith("08");
        };
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(SQLException e) {
        String message = e == null || e.getMessage() == null ? "" : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reconnect to the database", e);
        }
    }
}
