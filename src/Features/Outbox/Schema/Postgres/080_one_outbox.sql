-- One outbox for every message that is not the synchronous answer to a request. A row is a notice or
-- reminder (kind 'notice', subject = the notice), news about a sign-up ('signup_promoted',
-- 'signup_cancelled', subject = the sign-up), or a ready activity ('message': hand-off replies, turn replies
-- whose immediate delivery failed; payload = the activity, reference_json = where it goes). reference_key is
-- the conversation: rows of one conversation are sent in id order.
ALTER TABLE outbox
    ADD COLUMN kind           TEXT NOT NULL DEFAULT 'notice',
    ADD COLUMN subject_id     TEXT,
    ADD COLUMN reference_json TEXT,
    ADD COLUMN payload        TEXT,
    ADD COLUMN created_at     BIGINT,
    ALTER COLUMN notice_id DROP NOT NULL,
    ALTER COLUMN firing_id DROP NOT NULL;
UPDATE outbox SET subject_id = notice_id, created_at = updated_at;
ALTER TABLE outbox ALTER COLUMN kind DROP DEFAULT, ALTER COLUMN created_at SET NOT NULL;
DROP INDEX ix_outbox_notice;
CREATE INDEX ix_outbox_notice ON outbox (notice_id, status, id);
CREATE INDEX ix_outbox_conversation ON outbox (reference_key, id) WHERE status IN ('pending', 'sending');

-- The second queue (signup_notices) is gone: what it had not sent yet moves into the outbox.
INSERT INTO outbox (idempotency_key, kind, subject_id, member_key, reference_key, status, attempts, next_attempt_at, created_at, updated_at)
SELECT CASE n.kind WHEN 'promoted' THEN 'signup_promoted' ELSE 'signup_cancelled' END || '|' || n.signup_id,
       CASE n.kind WHEN 'promoted' THEN 'signup_promoted' ELSE 'signup_cancelled' END,
       CAST(n.signup_id AS TEXT), s.member_key, s.conversation_key, 'pending', 0, n.created_at, n.created_at, n.created_at
FROM signup_notices n JOIN signups s ON s.id = n.signup_id
WHERE n.sent_at IS NULL
ORDER BY n.id
ON CONFLICT (idempotency_key) DO NOTHING;
DROP TABLE signup_notices;
