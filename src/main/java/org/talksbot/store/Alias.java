package org.talksbot.store;

/** One name a person or topic answers to (its id, display name or an alias), as stored. */
public record Alias(String ownerId, String alias) {
}
