package org.talksbot.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Splits Telegram-HTML into messages of at most {@code limit} characters, on line boundaries
 * where it can; tags open at a cut are closed before it and reopened after it, so every part
 * is valid on its own.
 */
public final class HtmlSplitter {

    public static final int TELEGRAM_LIMIT = 4096;
    private static final int TAG_RESERVE = 200;

    private HtmlSplitter() {
    }

    public static List<String> split(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        int budget = Math.max(limit - TAG_RESERVE, 1);
        List<String> parts = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder part = new StringBuilder();
        for (String line : pieces(html, budget)) {
            if (part.length() > 0 && part.length() + line.length() > budget) {
                parts.add(closeAll(part, open));
                part = new StringBuilder(reopen(open));
            }
            part.append(line);
            track(line, open);
        }
        if (part.toString().strip().length() > reopen(open).length()) {
            parts.add(closeAll(part, open));
        }
        parts.replaceAll(String::strip);
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Lines (with their newline), with any line longer than the budget cut between words. */
    private static List<String> pieces(String html, int budget) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < html.length()) {
            int newline = html.indexOf('\n', start);
            int end = newline < 0 ? html.length() : newline + 1;
            String line = html.substring(start, end);
            while (line.length() > budget) {
                int cut = safeCut(line, budget);
                pieces.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            pieces.add(line);
            start = end;
        }
        return pieces;
    }

    /** A cut point at or before {@code max} outside any tag or entity, preferably at a space. */
    private static int safeCut(String line, int max) {
        int lastSafe = -1;
        int lastSpace = -1;
        boolean inTag = false;
        boolean inEntity = false;
        for (int i = 0; i < max; i++) {
            char c = line.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (c == '&') {
                inEntity = true;
            } else if (c == ';') {
                inEntity = false;
            }
            boolean splitsSurrogate = Character.isHighSurrogate(c);
            if (!inTag && !inEntity && c != '<' && !splitsSurrogate) {
                lastSafe = i + 1;
                if (c == ' ') {
                    lastSpace = i + 1;
                }
            }
        }
        if (lastSpace > max / 2) {
            return lastSpace;
        }
        return lastSafe > 0 ? lastSafe : max;
    }

    private static void track(String text, Deque<String> open) {
        int i = text.indexOf('<');
        while (i >= 0) {
            int end = text.indexOf('>', i);
            if (end < 0) {
                return;
            }
            String tag = text.substring(i + 1, end);
            if (tag.startsWith("/")) {
                if (!open.isEmpty()) {
                    open.pop();
                }
            } else if (!tag.endsWith("/")) {
                open.push(text.substring(i, end + 1));
            }
            i = text.indexOf('<', end);
        }
    }

    private static String closeAll(StringBuilder part, Deque<String> open) {
        StringBuilder closed = new StringBuilder(part);
        for (String tag : open) {
            closed.append("</").append(tagName(tag)).append('>');
        }
        return closed.toString();
    }

    private static String reopen(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        Iterator<String> outermostFirst = open.descendingIterator();
        outermostFirst.forEachRemaining(out::append);
        return out.toString();
    }

    private static String tagName(String openTag) {
        String inner = openTag.substring(1, openTag.length() - 1).strip();
        int space = inner.indexOf(' ');
        return space < 0 ? inner : inner.substring(0, space);
    }
}
