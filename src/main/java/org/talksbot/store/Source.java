package org.talksbot.store;

/** Where a fact comes from: a link and the publisher's name. */
public record Source(String url, String name) {
}
