package org.talksbot.core;

import java.util.List;
import java.util.Optional;

/**
 * What the bot says back: Telegram-HTML text and rows of buttons (possibly none), and optionally a
 * photo. With a photo, chats get the photo with its caption and the buttons; the text is what a
 * reader without the image gets instead (the console, or a chat when the photo cannot be sent).
 */
public record Reply(String html, List<List<Button>> buttons, Photo photo) {

    public Reply {
        html = html == null ? "" : html;
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public Reply(String html, List<List<Button>> buttons) {
        this(html, buttons, null);
    }

    public static Reply of(String html) {
        return new Reply(html, List.of());
    }

    public static Reply of(String html, List<List<Button>> buttons) {
        return new Reply(html, buttons);
    }

    /** A photo with its caption and buttons; {@code html} is the text alternative. */
    public static Reply withPhoto(Photo photo, String html, List<List<Button>> buttons) {
        return new Reply(html, buttons, photo);
    }

    /** The reply split into Telegram-sized messages; the buttons go with the last one. */
    public List<String> parts() {
        return HtmlSplitter.split(html, HtmlSplitter.TELEGRAM_LIMIT);
    }

    public boolean hasButtons() {
        return !buttons.isEmpty();
    }

    public Optional<Photo> optionalPhoto() {
        return Optional.ofNullable(photo);
    }

    /** The same reply as text only. */
    public Reply withoutPhoto() {
        return new Reply(html, buttons);
    }
}
