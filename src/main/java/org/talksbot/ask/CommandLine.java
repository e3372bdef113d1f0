package org.talksbot.ask;

import java.util.Locale;
import java.util.Optional;

/**
 * A typed command: {@code /name@Bot args} read as a lower-case name (no bot suffix) and stripped args;
 * {@code addressed} says the command named a bot, which in a group means it was meant for this one.
 */
record CommandLine(String name, String args, boolean addressed) {

    /** The command in the text, or empty when the text is not a command. */
    static Optional<CommandLine> parse(String text) {
        String line = text == null ? "" : text.strip();
        if (!line.startsWith("/")) {
            return Optional.empty();
        }
        int space = indexOfWhitespace(line);
        String word = space < 0 ? line.substring(1) : line.substring(1, space);
        int at = word.indexOf('@');
        if (at >= 0) {
            word = word.substring(0, at);
        }
        String args = space < 0 ? "" : line.substring(space).strip();
        return Optional.of(new CommandLine(word.toLowerCase(Locale.ROOT), args, at >= 0));
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
