package org.talksbot.core;

import java.util.Set;

/**
 * The names of the bot's own commands, in one place: the router answers only these before topic
 * shortcuts, the curated-data validator refuses them as topic commands, and db/curated/README.md lists
 * them. A new built-in command is added here first (a test keeps the router and this list in step).
 */
public final class BuiltInCommands {

    public static final Set<String> NAMES = Set.of("start", "help", "latest", "who", "topic", "topics", "timeline",
            "chart", "quotes", "quote", "search", "event", "sources", "subscribe", "unsubscribe", "subscriptions",
            "digest", "quiet", "timezone", "language", "reload", "stats");

    private BuiltInCommands() {
    }

    public static boolean isBuiltIn(String name) {
        return NAMES.contains(name);
    }
}
