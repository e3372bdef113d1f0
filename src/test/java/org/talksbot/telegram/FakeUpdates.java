package org.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds Bot API JSON objects (users, chats, messages, updates) for the fake server. Chat ids
 * follow Telegram's habit: positive for private chats, negative for groups.
 */
public final class FakeUpdates {

    static final ObjectMapper JSON = new ObjectMapper();
    public static final long BOT_USER_ID = 123;

    private FakeUpdates() {
    }

    public static ObjectNode user(long id, String username, boolean bot) {
        return user(id, username, bot, "en");
    }

    /** A user whose Telegram app is set to {@code languageCode} (null: the field is left out, as Telegram may). */
    public static ObjectNode user(long id, String username, boolean bot, String languageCode) {
        ObjectNode user = JSON.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", "User " + id);
        if (username != null) {
            user.put("username", username);
        }
        return bot || languageCode == null ? user : user.put("language_code", languageCode);
    }

    public static ObjectNode chat(long chatId) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId);
        return chatId > 0 ? chat.put("type", "private").put("first_name", "User " + chatId)
                : chat.put("type", "supergroup").put("title", "Group " + chatId);
    }

    public static ObjectNode message(long chatId, long userId, int messageId) {
        return message(chatId, userId, messageId, "en");
    }

    public static ObjectNode message(long chatId, long userId, int messageId, String languageCode) {
        ObjectNode message = JSON.createObjectNode()
                .put("message_id", messageId)
                .put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat(chatId));
        message.set("from", user(userId, "user" + userId, false, languageCode));
        return message;
    }

    public static ObjectNode textMessage(long chatId, long userId, int messageId, String text) {
        return textMessage(chatId, userId, messageId, text, "en");
    }

    public static ObjectNode textMessage(long chatId, long userId, int messageId, String text, String languageCode) {
        ObjectNode message = message(chatId, userId, messageId, languageCode).put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
        }
        return message;
    }

    public static ObjectNode stickerMessage(long chatId, long userId, int messageId) {
        return stickerMessage(chatId, userId, messageId, "en");
    }

    public static ObjectNode stickerMessage(long chatId, long userId, int messageId, String languageCode) {
        ObjectNode message = message(chatId, userId, messageId, languageCode);
        message.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return message;
    }

    /** A message the bot sent: what Telegram returns from sendMessage. */
    public static ObjectNode botMessage(long chatId, int messageId, String text) {
        ObjectNode message = JSON.createObjectNode()
                .put("message_id", messageId)
                .put("date", System.currentTimeMillis() / 1000)
                .put("text", text);
        message.set("chat", chat(chatId));
        message.set("from", user(BOT_USER_ID, null, true));
        return message;
    }

    public static ObjectNode callbackQuery(String id, long chatId, long userId, int messageId, String data) {
        ObjectNode query = JSON.createObjectNode().put("id", id).put("chat_instance", "ci-" + chatId).put("data", data);
        query.set("from", user(userId, "user" + userId, false));
        query.set("message", botMessage(chatId, messageId, "an earlier answer"));
        return query;
    }

    public static ObjectNode inlineQuery(String id, long userId, String query, String offset) {
        ObjectNode inline = JSON.createObjectNode().put("id", id).put("query", query).put("offset", offset)
                .put("chat_type", "sender");
        inline.set("from", user(userId, "user" + userId, false));
        return inline;
    }

    public static ObjectNode chatMember(long userId, String status, boolean bot) {
        ObjectNode member = JSON.createObjectNode().put("status", status);
        member.set("user", user(userId, bot ? "TalksTestBot" : "user" + userId, bot));
        if (status.equals("creator")) {
            member.put("is_anonymous", false);
        }
        if (status.equals("kicked")) {
            member.put("until_date", 0);
        }
        return member;
    }

    public static ObjectNode myChatMember(long chatId, long userId, String oldStatus, String newStatus) {
        ObjectNode change = JSON.createObjectNode().put("date", System.currentTimeMillis() / 1000);
        change.set("chat", chat(chatId));
        change.set("from", user(userId, "user" + userId, false));
        change.set("old_chat_member", chatMember(BOT_USER_ID, oldStatus, true));
        change.set("new_chat_member", chatMember(BOT_USER_ID, newStatus, true));
        return change;
    }
}
