package org.talksbot.store;

/** The configured database cannot be opened (a bad URL or setting, a file that cannot be written, ...). */
public final class DatabaseUnavailableException extends RuntimeException {
    DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
