-- The update a reply answers (Telegram's update ids grow in the order users wrote), so that replies
-- waiting for a slot go in the order their users asked rather than the order their answers were
-- ready (four answer lanes finish out of order). NULL for notifications, digests and older replies.
ALTER TABLE outbox ADD COLUMN asked BIGINT;
