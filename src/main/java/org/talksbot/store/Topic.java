package org.talksbot.store;

/** A subject of the talks; main topics have a shortcut command such as {@code lachin}. */
public record Topic(String id, String name, String command, boolean main, String background) {
}
