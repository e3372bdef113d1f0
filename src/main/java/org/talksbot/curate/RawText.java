package org.talksbot.curate;

/**
 * Checks a curated file's raw text before YAML reads it, in one linear pass: YAML parsers take far
 * longer than linear time on a very long line, and a control character has no place in curated text.
 */
final class RawText {

    /** The longest line: a quote's text (at most 8,000 characters) fits on one line with room for escapes. */
    static final int MAX_LINE = 10_000;
    /** The largest file: far above any year's file, and below the 3 MiB that the YAML parser accepts at all. */
    static final long MAX_FILE_CHARS = 3_000_000;
    /** Only the first few problems of a file are listed; the rest are usually the same mistake. */
    private static final int SHOWN = 5;

    private RawText() {
    }

    /** Reports what is wrong with the text; true when it is fit to parse. */
    static boolean check(CuratedText file, Problems problems) {
        String text = file.text();
        int found = 0;
        int line = 1;
        int lineStart = 0;
        boolean longLineReported = false;
        for (int i = 0; i < text.length() && found < SHOWN; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                longLineReported = false;
                continue;
            }
            int column = i - lineStart + 1;
            if (column > MAX_LINE && !longLineReported) {
                problems.add(file.label() + ": line " + line + ": longer than " + MAX_LINE
                        + " characters: no field needs that; check for pasted data or a missing line break");
                longLineReported = true;
                found++;
            } else if (isControl(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                problems.add(file.label() + ": line " + line + ", column " + column + ": " + describe(c)
                        + " is not allowed: curated text is plain (indent with spaces, remove invisible characters)");
                found++;
            }
        }
        if (found == 0 && text.length() > MAX_FILE_CHARS) {
            problems.add(file.label() + ": " + text.length() + " characters, at most " + MAX_FILE_CHARS
                    + ": split the data into several files");
            found++;
        }
        return found == 0;
    }

    /** C0 and C1 control characters and DEL, other than the line feed; tabs included (YAML indents with spaces). */
    static boolean isControl(int c) {
        return c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f));
    }

    static String describe(int c) {
        return c == '\t' ? "a tab character" : String.format("control character U+%04X", c);
    }
}
