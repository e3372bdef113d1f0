package org.talksbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text the way Telegram parses {@code parse_mode=HTML}: only its tags, properly nested and
 * closed, and every {@code <}, {@code >} and {@code &} outside a tag written as an entity. Gives the
 * problem as Telegram would word it, empty when the text is fine.
 */
final class FakeHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private FakeHtml() {
    }

    static Optional<String> problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt() || !TAGS.contains(tag.group(2))) {
                    return Optional.of("can't parse entities: Unsupported start tag at byte offset " + i);
                }
                if (tag.group(1).isEmpty()) {
                    open.push(tag.group(2));
                } else if (open.isEmpty() || !open.pop().equals(tag.group(2))) {
                    return Optional.of("can't parse entities: Unexpected end tag at byte offset " + i);
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    return Optional.of("can't parse entities: Unsupported entity at byte offset " + i);
                }
                i = entity.end();
            } else if (c == '>') {
                return Optional.of("can't parse entities: Unexpected '>' at byte offset " + i);
            } else {
                i++;
            }
        }
        return open.isEmpty() ? Optional.empty()
                : Optional.of("can't parse entities: Can't find end tag corresponding to start tag " + open.peek());
    }
}
