package org.talksbot.notify;

import java.util.Map;
import java.util.Optional;
import org.talksbot.core.Reply;
import org.talksbot.i18n.Language;

/**
 * The message an outbox row stands for: a reply as it was stored, or a notification rendered from the
 * store as it is now, in the chat's language. Empty, with the row finished, when there is nothing
 * (left) to send: a reply too old to help, a stored reply that cannot be read, an item no longer in
 * the store.
 */
final class OutboxMessages {

    private final NotificationRenderer renderer;
    private final DeliveryPolicy policy;

    OutboxMessages(NotificationRenderer renderer, DeliveryPolicy policy) {
        this.renderer = renderer;
        this.policy = policy;
    }

    /** {@code rendered} keeps each notification rendered once per delivery run. */
    Optional<Reply> of(OutboxRow row, Map<String, Optional<Reply>> rendered) {
        if (policy.expired(row)) {
            return Optional.empty();
        }
        if (row.hasBody()) {
            try {
                return Optional.of(ReplyCodec.decode(row.replyBody()));
            } catch (IllegalArgumentException e) {
                policy.skip(row, e.getMessage());
                return Optional.empty();
            }
        }
        // the chat's language as stored now: a chat that switches while its notifications wait gets the new one
        Language language = renderer.languageOf(row.chatId());
        Optional<Reply> reply = rendered.computeIfAbsent(
                row.itemKind() + " " + row.itemId() + " " + row.correction() + " " + language.code(),
                key -> renderer.render(row.itemKind(), row.itemId(), row.correction(), language));
        if (reply.isEmpty()) {
            policy.skip(row, "the item is no longer in the store");
        }
        return reply;
    }
}
