package org.talksbot.ask;

import org.talksbot.core.TextCut;

/** Small text helpers shared by the commands. */
final class Texts {

    static final int ECHO_LIMIT = 60;

    private Texts() {
    }

    /** User text as it may be quoted back: one line, at most {@link #ECHO_LIMIT} characters (escape it after). */
    static String echo(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return TextCut.withEllipsis(flat, ECHO_LIMIT);
    }
}
