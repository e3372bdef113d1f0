-- outbox_by_chat (chat_id, state) is the first half of outbox_chat_queue (chat_id, state, priority, id),
-- which answers every query it did. Each index is rewritten on every message queued and every message
-- marked sent, and written to disk at each checkpoint: one fewer per message.
DROP INDEX outbox_by_chat;
