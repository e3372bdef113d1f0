package org.talksbot.telegram;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talksbot.core.Bot;
import org.talksbot.core.Reply;
import org.talksbot.core.Request;
import org.talksbot.i18n.Language;
import org.talksbot.i18n.Messages;
import org.talksbot.inbox.Handled;
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
 * {@link Bot}, and the answer returned for the outbox (the caller queues it with the update marked
 * done); an inline query is answered at once through {@link InlineQueries}, and a button press is
 * acknowledged at once (both are ephemeral: late, they no longer matter); a change of the bot's own
 * membership is passed to the listener. Button presses are answered with a new message rather than an
 * edit, so earlier answers stay readable.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    private final TelegramClient client;
    private final Bot bot;
    private final Function<Request, Language> chatLanguage;
    private final String ourUsername;
    private final ChatMembershipListener membership;
    private final Secrets secrets;
    private final InlineQueries inline;

    UpdateHandler(TelegramClient client, Bot bot, Function<Request, Language> chatLanguage, String ourUsername,
                  ChatMembershipListener membership, Secrets secrets, InlineQueries inline) {
        this.client = client;
        this.bot = bot;
        this.chatLanguage = chatLanguage;
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

    Handled handle(Update update) {
        if (update.hasMessage()) {
            return onMessage(update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return onButton(update.getCallbackQuery());
        }
        if (update.hasMyChatMember()) {
            onMembership(update.getMyChatMember());
        } else if (update.hasInlineQuery()) {
            onInlineQuery(update.getInlineQuery());
        }
        return Handled.NOTHING;
    }

    private Handled onMessage(Message message) {
        Optional<Request> request = Requests.fromMessage(message, ourUsername);
        if (request.isPresent()) {
            return answer(request.get());
        }
        if (!message.hasText() && message.getChat() != null && message.getChat().isUserChat()) {
            Request sender = Requests.request(message.getChatId(), message.getFrom(), message.getChatId(), "",
                    Request.ChatType.PRIVATE, Request.Origin.MESSAGE);
            return Handled.reply(message.getChatId(), false, Reply.of(messages(sender).get("telegram.text.only")));
        }
        return Handled.NOTHING;
    }

    private Handled onButton(CallbackQuery query) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("could not acknowledge a button press: {}", secrets.describe(e));
        }
        if (query.getData() == null || query.getMessage() == null) {
            return Handled.NOTHING;
        }
        Optional<Request.ChatType> type = Requests.chatType(query.getMessage().getChat());
        return type.map(chatType -> answer(Requests.request(query.getMessage().getChatId(), query.getFrom(),
                query.getMessage().getChatId(), query.getData(), chatType, Request.Origin.BUTTON)))
                .orElse(Handled.NOTHING);
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
        membership.changed(update.getChat().getId(), canWrite);
    }

    private Handled answer(Request request) {
        Reply reply;
        try {
            reply = bot.answer(request);
        } catch (RuntimeException e) {
            log.error("the bot failed to answer {} in chat {}: {}", request.origin(), request.chatId(),
                    secrets.describe(e));
            reply = Reply.of(messages(request).get("telegram.failed"));
        }
        return Handled.reply(request.chatId(), request.isGroup(), reply);
    }

    /** The chat's language, or its user's client language when the chat's cannot be read (the store is down). */
    private Messages messages(Request request) {
        try {
            return Messages.of(chatLanguage.apply(request));
        } catch (RuntimeException e) {
            log.warn("could not read the language of chat {}: {}", request.chatId(), secrets.describe(e));
            return Messages.of(Language.fromTelegram(request.language()));
        }
    }
}
