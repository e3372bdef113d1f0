-- The language a chat reads (en, ru, hy): set from the Telegram language_code on first contact,
-- changed with /language. NULL for chats seen before this migration until they next write.
ALTER TABLE chat ADD COLUMN language VARCHAR(8);
