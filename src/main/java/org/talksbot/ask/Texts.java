package org.talksbot.ask;

import java.util.regex.Pattern;
import org.talksbot.core.TextCut;

/** Small text helpers shared by the commands. */
final class Texts {

    static final int ECHO_LIMIT = 60;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** User text as it may be quoted back: one line, at most {@link #ECHO_LIMIT} characters (escape it after). */
    static String echo(String text) {
        String flat = text == null ? "" : flat(text);
        return TextCut.withEllipsis(flat, ECHO_LIMIT);
    }

    /** The text stripped, each run of white space one space. */
    static String flat(String text) {
        String stripped = text.strip();
        return isFlat(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ");
    }

    /** Whether every white space (as {@code \s} means it) is a single space: most summaries are. */
    private static boolean isFlat(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
