package org.talksbot.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A pending message as the sender reads it: a reply (its text and buttons in {@code replyBody}), a
 * notification (an item, rendered when sent) or a digest (its text in {@code replyBody}, with
 * notifications' priority), and the chat's quiet hours, read in its time zone. {@code asked} is the update
 * a reply answers, which orders replies (0 for other messages).
 */
public record OutboxRow(long id, long chatId, boolean groupChat, ItemKind itemKind, String itemId,
                        boolean correction, int attempts, Instant createdAt, String replyBody, int priority,
                        boolean silent, String timeZone, Integer quietStart, Integer quietEnd, boolean quietHold,
                        long asked) {

    /**
     * Reads a row of {@link OutboxQueries#DUE}. Written out rather than Jdbi's constructor mapper, which
     * works out the columns again for every result set: the sender reads one on every pass.
     */
    static final RowMapper<OutboxRow> MAPPER = OutboxRow::read;

    private static OutboxRow read(ResultSet rs, StatementContext ignored) throws SQLException {
        String kind = rs.getString("item_kind");
        return new OutboxRow(rs.getLong("id"), rs.getLong("chat_id"), rs.getBoolean("group_chat"),
                kind == null ? null : ItemKind.valueOf(kind), rs.getString("item_id"), rs.getBoolean("correction"),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), rs.getString("reply_body"),
                rs.getInt("priority"), rs.getBoolean("silent"), rs.getString("time_zone"),
                rs.getObject("quiet_start", Integer.class), rs.getObject("quiet_end", Integer.class),
                rs.getBoolean("quiet_hold"), rs.getLong("asked"));
    }

    /** An answer to a user: it goes first and is never held or silenced. */
    public boolean isReply() {
        return replyBody != null && priority == ReplyQueue.REPLY_PRIORITY;
    }

    /** A message stored whole (a reply or a digest), not rendered from an item. */
    public boolean hasBody() {
        return replyBody != null;
    }

    /** An instant notification of one item: quiet hours silence or hold it. */
    public boolean isItemNotification() {
        return itemKind != null;
    }

    /** The end of the quiet hours (with hold) that keep this notification back now; empty if it may go. */
    public Optional<Instant> heldUntil(Instant now) {
        return isItemNotification() && quietHours().hold() ? quietHours().endAfter(now) : Optional.empty();
    }

    /** Without a sound: a digest due in quiet hours, or a notification sent during them. */
    public boolean silentAt(Instant now) {
        return silent || (isItemNotification() && quietHours().contains(now));
    }

    public QuietHours quietHours() {
        return QuietHours.of(quietStart, quietEnd, quietHold, ChatSettings.zoneOf(timeZone));
    }
}
