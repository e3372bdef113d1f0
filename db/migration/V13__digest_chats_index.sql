-- The sender plans digests about once a second by reading the chats in digest mode; without an index
-- that read scans every chat the bot ever saw (most are INSTANT), and it grew with every new chat.
CREATE INDEX chat_by_delivery_mode ON chat(delivery_mode);
