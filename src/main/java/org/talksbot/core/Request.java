package org.talksbot.core;

/** One message or button press from a chat, stripped of any transport detail. */
public record Request(long chatId, long userId, String language, String text, ChatType chatType, Origin origin) {

    public enum ChatType { PRIVATE, GROUP }

    /** A typed message, or the callback data of a pressed button. */
    public enum Origin { MESSAGE, BUTTON }

    public Request {
        text = text == null ? "" : text;
        language = language == null ? "" : language;
    }

    public static Request privateMessage(long chatId, String text) {
        return new Request(chatId, chatId, "en", text, ChatType.PRIVATE, Origin.MESSAGE);
    }

    public Request withLanguage(String newLanguage) {
        return new Request(chatId, userId, newLanguage, text, chatType, origin);
    }

    public Request withText(String newText) {
        return new Request(chatId, userId, language, newText, chatType, origin);
    }

    public boolean isGroup() {
        return chatType == ChatType.GROUP;
    }
}
