-- The durable inbox, and replies in the same outbox as notifications.
-- The poller writes each batch of updates here (and checkpoints) before the next getUpdates
-- confirms them to Telegram, so a kill -9 loses none. Handling an update marks it DONE in the
-- transaction that queues its reply; the update_id key makes a re-delivered update a no-op.

CREATE TABLE inbox (
    update_id   BIGINT        PRIMARY KEY,
    chat_id     BIGINT        NOT NULL,
    payload     CLOB          NOT NULL,
    received_at TIMESTAMP     NOT NULL,
    state       VARCHAR(7)    NOT NULL CHECK (state IN ('PENDING', 'DONE')),
    done_at     TIMESTAMP
);
CREATE INDEX inbox_pending ON inbox(state, update_id);

-- A reply is one message (one part of a long answer), stored with its text and buttons; it has no
-- item. priority 0 (replies) goes before 1 (notifications); within a chat rows go in
-- (priority, id) order, one at a time.
ALTER TABLE outbox ALTER COLUMN item_kind SET NULL;
ALTER TABLE outbox ALTER COLUMN item_id SET NULL;
ALTER TABLE outbox ALTER COLUMN revision SET NULL;
ALTER TABLE outbox ADD COLUMN reply_body CLOB;
ALTER TABLE outbox ADD COLUMN priority INT NOT NULL DEFAULT 1;
ALTER TABLE outbox ADD CONSTRAINT outbox_reply_or_item CHECK ((reply_body IS NULL) <> (item_kind IS NULL));
CREATE INDEX outbox_chat_queue ON outbox(chat_id, state, priority, id);
