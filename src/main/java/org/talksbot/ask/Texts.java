package org.talksbot.ask;

/** Small text helpers shared by the commands. */
final class Texts {

    static final int ECHO_LIMIT = 60;

    private Texts() {
    }

    /** User text as it may be quoted back: one line, at most {@link #ECHO_LIMIT} characters (escape it after). */
    static String echo(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= ECHO_LIMIT) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
        return flat.substring(0, end) + "…";
    }
}
