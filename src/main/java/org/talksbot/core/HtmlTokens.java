package org.talksbot.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Telegram-HTML read as the pieces a cut may fall between: whole tags, whole entities ({@code &amp;}) and
 * single characters (code points, so an emoji is one piece). Tags come out balanced: a stray closing tag is
 * dropped and tags still open at the end are closed. Opening tags too long to repeat in every part (a link
 * to a very long URL) are dropped with their closing tag, keeping the text between them.
 */
final class HtmlTokens {

    /** One piece; {@code name} is the tag's name for tags, null for text. */
    record Token(String text, Kind kind, String name) {
        int length() {
            return text.length();
        }

        boolean isWhitespace() {
            return kind == Kind.TEXT && text.isBlank();
        }

        String closing() {
            return "</" + name + ">";
        }
    }

    enum Kind { TEXT, OPEN, CLOSE }

    private static final int LONGEST_ENTITY = 12;

    private HtmlTokens() {
    }

    /** The pieces; opening tags are kept only while all open ones (and their closing tags) fit in {@code tagBudget}. */
    static List<Token> of(String html, int tagBudget) {
        List<Token> tokens = new ArrayList<>();
        Deque<Token> open = new ArrayDeque<>();
        Deque<Boolean> kept = new ArrayDeque<>();
        int openCost = 0;
        int i = 0;
        while (i < html.length()) {
            int end = tagEnd(html, i);
            if (end > 0) {
                String text = html.substring(i, end);
                if (text.startsWith("</")) {
                    String name = name(text, 2);
                    if (open.stream().anyMatch(t -> t.name().equals(name))) {
                        Token top;
                        do {
                            top = open.pop();
                            if (kept.pop()) {
                                tokens.add(new Token(top.closing(), Kind.CLOSE, top.name()));
                                openCost -= top.length() + top.closing().length();
                            }
                        } while (!top.name().equals(name));
                    }
                } else if (text.endsWith("/>")) {
                    tokens.add(new Token(text, Kind.TEXT, null));
                } else {
                    Token tag = new Token(text, Kind.OPEN, name(text, 1));
                    boolean fits = openCost + tag.length() + tag.closing().length() <= tagBudget;
                    open.push(tag);
                    kept.push(fits);
                    if (fits) {
                        tokens.add(tag);
                        openCost += tag.length() + tag.closing().length();
                    }
                }
                i = end;
                continue;
            }
            int next = entityEnd(html, i);
            if (next < 0) {
                next = html.offsetByCodePoints(i, 1);
            }
            tokens.add(new Token(html.substring(i, next), Kind.TEXT, null));
            i = next;
        }
        while (!open.isEmpty()) {
            Token top = open.pop();
            if (kept.pop()) {
                tokens.add(new Token(top.closing(), Kind.CLOSE, top.name()));
            }
        }
        return tokens;
    }

    /** The end (exclusive) of a tag starting at {@code i}, or -1 when there is none. */
    private static int tagEnd(String html, int i) {
        if (html.charAt(i) != '<' || i + 1 >= html.length()) {
            return -1;
        }
        char first = html.charAt(i + 1);
        if (!Character.isLetter(first) && first != '/') {
            return -1;
        }
        for (int j = i + 1; j < html.length(); j++) {
            char c = html.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** The end (exclusive) of an entity like {@code &amp;} or {@code &#128512;} at {@code i}, or -1. */
    private static int entityEnd(String html, int i) {
        if (html.charAt(i) != '&') {
            return -1;
        }
        for (int j = i + 1; j < html.length() && j <= i + LONGEST_ENTITY; j++) {
            char c = html.charAt(j);
            if (c == ';') {
                return j > i + 1 ? j + 1 : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private static String name(String tag, int from) {
        int end = from;
        while (end < tag.length() && tag.charAt(end) != '>' && tag.charAt(end) != '/'
                && !Character.isWhitespace(tag.charAt(end))) {
            end++;
        }
        return tag.substring(from, end);
    }
}
