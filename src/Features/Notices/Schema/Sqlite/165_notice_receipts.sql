-- Read receipts (确认收到). asks_receipt: the notice asks members to confirm; remind_after_ms: an automatic reminder
-- of those who have not confirmed, that long after it fired; reminds: on a reminder round (kind 'receipt_reminder'),
-- the notice it reminds of (its button confirms that notice).
ALTER TABLE notices ADD COLUMN asks_receipt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notices ADD COLUMN remind_after_ms BIGINT;
ALTER TABLE notices ADD COLUMN reminds TEXT;
CREATE INDEX ix_notices_reminds ON notices (reminds);

-- One row per member who confirmed a notice; confirming again changes nothing.
CREATE TABLE notice_receipts (
    notice_id    TEXT   NOT NULL,
    member_key   TEXT   NOT NULL,            -- {channel id}/{user id}
    confirmed_at BIGINT NOT NULL,
    via          TEXT   NOT NULL,            -- button | text
    PRIMARY KEY (notice_id, member_key)
);
CREATE INDEX ix_notice_receipts_member ON notice_receipts (member_key);
