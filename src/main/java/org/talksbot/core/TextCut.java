package org.talksbot.core;

/**
 * Cutting text short without splitting a character: a cut never falls between the two halves of a
 * surrogate pair (an emoji, say), which Telegram would show as "?". Lengths are UTF-16 units, as Java's
 * and Telegram's are, so a cut text is never longer than asked.
 */
public final class TextCut {

    private TextCut() {
    }

    /** The text, or its longest beginning of at most {@code max} units that ends between two code points. */
    public static String atMost(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, boundaryAtOrBefore(text, Math.max(max, 0)));
    }

    /** The text when it has at most {@code max} units; else its first {@code max} (whole characters) and "…". */
    public static String withEllipsis(String text, int max) {
        return text.length() <= max ? text : atMost(text, max) + "…";
    }

    /** At most {@code max} units, ending before the last space if that keeps more than half, else anywhere. */
    public static String atWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return space > max / 2 ? text.substring(0, space) : atMost(text, max);
    }

    /** {@code index}, or one less when it would cut a surrogate pair in two. */
    public static int boundaryAtOrBefore(CharSequence text, int index) {
        if (index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index))) {
            return index - 1;
        }
        return index;
    }
}
