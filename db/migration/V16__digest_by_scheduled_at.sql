-- The sender deletes digests two weeks after their slot (DigestPruner), oldest first. Without an index
-- each hourly look would scan every digest kept (a row per digest chat per day); with it, the delete reads
-- only the rows it removes. One more index write per digest planned, once a day or week per chat.
CREATE INDEX digest_by_scheduled_at ON digest(scheduled_at);
