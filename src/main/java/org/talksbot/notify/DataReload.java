package org.talksbot.notify;

/** Imports the curated data again in the running bot and returns a one-line summary of what changed. */
@FunctionalInterface
public interface DataReload {

    /** Throws with a message naming the problem if the data cannot be loaded; then nothing changed. */
    String reload();
}
