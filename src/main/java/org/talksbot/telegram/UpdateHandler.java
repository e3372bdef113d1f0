package org.talksbot.telegram;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Bot;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Handles one update on its chat's lane: a message or a button press is answered through the
 * {@link Bot}, an inline query through {@link InlineQueries}; a change of the bot's own membership
 * is passed to the listener. Button presses
 * are answered with a new message rather than an edit, so earlier answers stay readable.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    static final String TEXT_ONLY = "I read text messages only. Send /help to see what I can answer.";
    /** A user waiting for an answer is better served by a few seconds' delay than by silence. */
    private static final Duration MAX_FLOOD_WAIT = Duration.ofSeconds(5);
    static final String FAILED = "Sorry, something went wrong while answering that. Please try again later.";

    private final TelegramClient client;
    private final ReplySender sender;
    private final PhotoSender photos;
    private final Bot bot;
    private final String ourUsername;
    private final ChatMembershipListener membership;
    private final Secrets secrets;
    private final InlineQueries inline;

    UpdateHandler(TelegramClient client, Bot bot, String ourUsername, ChatMembershipListener membership,
                  Secrets secrets, InlineQueries inline) {
        this(client, bot, ourUsername, membership, secrets, inline, ReplySlots.NONE);
    }

    UpdateHandler(TelegramClient client, Bot bot, String ourUsername, ChatMembershipListener membership,
                  Secrets secrets, InlineQueries inline, ReplySlots slots) {
        this.client = client;
        this.sender = new ReplySender(client, MAX_FLOOD_WAIT, slots);
        this.photos = new PhotoSender(client, slots, secrets);
        this.bot = bot;
        this.ourUsername = ourUsername;
        this.membership = membership;
        this.secrets = secrets;
        this.inline = inline;
    }

    /**
     * The chat whose lane an update belongs to (0 for updates without a chat). An inline query has no
     * chat: it goes to its user's lane, which is the lane of the user's private chat with the bot.
     */
    static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            return query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
        }
        if (update.hasMyChatMember()) {
            return update.getMyChatMember().getChat().getId();
        }
        if (update.hasInlineQuery() && update.getInlineQuery().getFrom() != null) {
            return update.getInlineQuery().getFrom().getId();
        }
        return 0;
    }

    void handle(Update update) {
        if (update.hasMessage()) {
            onMessage(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        } else if (update.hasMyChatMember()) {
            onMembership(update.getMyChatMember());
        } else if (update.hasInlineQuery()) {
            onInlineQuery(update.getInlineQuery());
        }
    }

    private void onMessage(Message message) {
        Optional<Request> request = Requests.fromMessage(message, ourUsername);
        if (request.isPresent()) {
            answer(request.get());
        } else if (!message.hasText() && message.getChat() != null && message.getChat().isUserChat()) {
            send(message.getChatId(), Reply.of(TEXT_ONLY));
        }
    }

    private void onButton(CallbackQuery query) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("could not answer a button press: {}", secrets.describe(e));
        }
        if (query.getData() == null || query.getMessage() == null) {
            return;
        }
        Optional<Request.ChatType> type = Requests.chatType(query.getMessage().getChat());
        type.ifPresent(chatType -> answer(Requests.request(query.getMessage().getChatId(), query.getFrom(),
                query.getMessage().getChatId(), query.getData(), chatType, Request.Origin.BUTTON)));
    }

    private void onInlineQuery(InlineQuery query) {
        try {
            client.execute(inline.answer(query));
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("could not answer an inline query, answering it with no results: {}", secrets.describe(e));
            try {
                client.execute(InlineQueries.empty(query.getId()));
            } catch (TelegramApiException | RuntimeException again) {
                log.warn("could not answer an inline query at all: {}", secrets.describe(again));
            }
        }
    }

    private void onMembership(ChatMemberUpdated update) {
        String status = update.getNewChatMember() == null ? "" : update.getNewChatMember().getStatus();
        boolean canWrite = switch (status) {
            case "member", "administrator", "creator" -> true;
            case "kicked", "left" -> false;
            default -> true;  // "restricted": still in the chat; Telegram tells us per message if we may not write
        };
        try {
            membership.changed(update.getChat().getId(), canWrite);
        } catch (RuntimeException e) {
            log.error("the chat membership listener failed for chat {}", update.getChat().getId(), e);
        }
    }

    private void answer(Request request) {
        Reply reply;
        try {
            reply = bot.answer(request);
        } catch (RuntimeException e) {
            log.error("the bot failed to answer {} in chat {}", request.origin(), request.chatId(), e);
            reply = Reply.of(FAILED);
        }
        send(request.chatId(), reply);
    }

    private void send(long chatId, Reply reply) {
        try {
            photos.send(chatId, reply, sender::send);  // a chart goes as a photo, any other reply as text
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("could not send a reply to chat {}: {}", chatId, secrets.describe(e));
        }
    }
}
