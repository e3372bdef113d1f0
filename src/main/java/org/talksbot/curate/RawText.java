package org.talksbot.curate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern KEY = Pattern.compile("[ \\t]*(?:-[ \\t]*)?\\{?[ \\t]*([A-Za-z_]+):");
    private static final Pattern ID = Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]*)?\\{?[ \\t]*id:[ \\t]*[\"']?([^\"',}\\s]+)");
    private static final Pattern SECTION = Pattern.compile("(?m)^(people|topics|places|events|quotes):");
    private static final Map<String, String> KINDS = Map.of("people", "person", "topics", "topic", "places", "place",
            "events", "event", "quotes", "quote");

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
                problems.add(file.label() + ": line " + line + ": " + where(text, lineStart) + "longer than " + MAX_LINE
                        + " characters: no field needs that; check for pasted data or a missing line break");
                longLineReported = true;
                found++;
            } else if (isControl(c) && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                problems.add(file.label() + ": line " + line + ", column " + column + ": " + where(text, lineStart) + describe(c)
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

    /**
     * "event ID: field 'title': " for a line that will not be parsed, read from the text around it: its own key,
     * the nearest {@code id:} on or above it and the section above that. Best effort: "" for what it cannot tell.
     */
    static String where(String text, int lineStart) {
        Matcher key = KEY.matcher(text).region(lineStart, Math.min(text.length(), lineStart + 200));
        String field = key.lookingAt() ? "field '" + key.group(1) + "': " : "";
        // the line's own start counts: the id may sit on it ("- {id: x, ...")
        int lineEnd = text.indexOf('\n', lineStart);
        String above = text.substring(Math.max(0, lineStart - 20_000),
                Math.min(lineEnd < 0 ? text.length() : lineEnd, lineStart + 200));
        Matcher id = ID.matcher(above);
        String itemId = null;
        int idAt = -1;
        while (id.find()) {
            itemId = id.group(1);
            idAt = id.start();
        }
        if (itemId == null) {
            return field;
        }
        Matcher section = SECTION.matcher(above.substring(0, idAt));
        String kind = "item";
        while (section.find()) {
            kind = KINDS.getOrDefault(section.group(1), "item");
        }
        return kind + " " + itemId + ": " + field;
    }

    /** C0 and C1 control characters and DEL, other than the line feed; tabs included (YAML indents with spaces). */
    static boolean isControl(int c) {
        return c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f));
    }

    static String describe(int c) {
        return c == '\t' ? "a tab character" : String.format("control character U+%04X", c);
    }
}
