package org.talksbot.core;

/** A command as shown in a chat's command menu: name without slash, one-line description. */
public record MenuEntry(String command, String description) {
}
