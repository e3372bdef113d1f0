package org.talksbot.core;

import java.util.List;

/** What the bot says back: Telegram-HTML text and rows of buttons (possibly none). */
public record Reply(String html, List<List<Button>> buttons) {

    public Reply {
        html = html == null ? "" : html;
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public static Reply of(String html) {
        return new Reply(html, List.of());
    }

    public static Reply of(String html, List<List<Button>> buttons) {
        return new Reply(html, buttons);
    }

    /** The reply split into Telegram-sized messages; the buttons go with the last one. */
    public List<String> parts() {
        return HtmlSplitter.split(html, HtmlSplitter.TELEGRAM_LIMIT);
    }

    public boolean hasButtons() {
        return !buttons.isEmpty();
    }
}
