package org.talksbot.telegram;

import java.util.Optional;
import org.talksbot.core.Request;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Translates Telegram messages into transport-free {@link Request}s. */
final class Requests {

    private Requests() {
    }

    /** PRIVATE or GROUP; empty for channels and anything else we do not talk in. */
    static Optional<Request.ChatType> chatType(Chat chat) {
        if (chat == null || chat.getType() == null) {
            return Optional.empty();
        }
        return switch (chat.getType()) {
            case "private" -> Optional.of(Request.ChatType.PRIVATE);
            case "group", "supergroup" -> Optional.of(Request.ChatType.GROUP);
            default -> Optional.empty();
        };
    }

    /** A text message as a request; empty when it is not for us (no text, a channel, another bot's command). */
    static Optional<Request> fromMessage(Message message, String ourUsername) {
        Optional<Request.ChatType> type = chatType(message.getChat());
        if (type.isEmpty() || !message.hasText()) {
            return Optional.empty();
        }
        return addressedText(message.getText(), ourUsername)
                .map(text -> request(message.getChatId(), message.getFrom(), message.getChatId(), text, type.get(),
                        Request.Origin.MESSAGE));
    }

    static Request request(long chatId, User from, long fallbackUserId, String text, Request.ChatType type,
                           Request.Origin origin) {
        long userId = from == null ? fallbackUserId : from.getId();
        String language = from == null ? "" : from.getLanguageCode();
        return new Request(chatId, userId, language, text, type, origin);
    }

    /**
     * The text as our bot should read it: {@code /cmd@OurBot args} stays as it is (the core reads the
     * suffix as "addressed to us"); {@code /cmd@OtherBot} is empty because it was meant for another bot.
     */
    static Optional<String> addressedText(String text, String ourUsername) {
        if (!text.startsWith("/")) {
            return Optional.of(text);
        }
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String command = text.substring(0, end);
        int at = command.indexOf('@');
        if (at < 0) {
            return Optional.of(text);
        }
        String addressee = command.substring(at + 1);
        if (ourUsername == null || !addressee.equalsIgnoreCase(ourUsername)) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
