package org.talksbot.notify;

import java.util.Locale;

/** What a chat can follow: every update, one topic, or one person; {@code label} is for display. */
public record Target(Kind kind, String id, String label) {

    public enum Kind { ALL, TOPIC, PERSON }

    public static final String ALL_ID = "*";
    public static final Target ALL = new Target(Kind.ALL, ALL_ID, "all updates");

    /** The argument that names this target exactly in /subscribe and /unsubscribe (and their buttons). */
    public String token() {
        return kind == Kind.ALL ? "all-updates" : kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
