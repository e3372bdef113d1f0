-- An update's JSON and a reply's body were CLOBs: H2 keeps a CLOB longer than 256 characters in its
-- separate LOB store, so every update stored, every reply queued and every reply read by the sender
-- wrote or read a LOB (a fifth of the time it took to store an update), and every prune freed them.
-- As VARCHAR they sit in the row. An update is far below this length; a reply's text part is at most
-- 4,096 characters, and a chart's picture is stored only if its body fits (notify/ReplyQueue).
ALTER TABLE inbox ALTER COLUMN payload SET DATA TYPE VARCHAR(1000000);
ALTER TABLE outbox ALTER COLUMN reply_body SET DATA TYPE VARCHAR(1000000);
-- What is handled or sent is never read again (only an update's id, to know a re-delivery): emptied, here
-- for what is already there and from now on as each is marked (inbox/InboxQueries, notify/OutboxQueries).
UPDATE inbox SET payload = '' WHERE state = 'DONE';
UPDATE outbox SET reply_body = '' WHERE state = 'SENT' AND reply_body IS NOT NULL;
