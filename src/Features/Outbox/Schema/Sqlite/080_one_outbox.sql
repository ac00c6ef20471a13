-- One outbox for every message that is not the synchronous answer to a request. A row is a notice or
-- reminder (kind 'notice', subject = the notice), news about a sign-up ('signup_promoted',
-- 'signup_cancelled', subject = the sign-up), or a ready activity ('message': hand-off replies, turn replies
-- whose immediate delivery failed; payload = the activity, reference_json = where it goes). reference_key is
-- the conversation: rows of one conversation are sent in id order. SQLite cannot drop NOT NULL, so the table
-- is rebuilt.
CREATE TABLE outbox_one (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT    NOT NULL,
    kind            TEXT    NOT NULL,        -- notice | signup_promoted | signup_cancelled | message
    subject_id      TEXT,
    notice_id       TEXT,
    firing_id       TEXT,
    member_key      TEXT    NOT NULL,
    reference_key   TEXT,
    reference_json  TEXT,
    payload         TEXT,
    status          TEXT    NOT NULL,        -- pending | sending | sent | failed | skipped
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    lease_until     BIGINT,
    reason          TEXT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);
INSERT INTO outbox_one (id, idempotency_key, kind, subject_id, notice_id, firing_id, member_key, reference_key,
                        status, attempts, next_attempt_at, lease_until, reason, created_at, updated_at)
SELECT id, idempotency_key, 'notice', notice_id, notice_id, firing_id, member_key, reference_key,
       status, attempts, next_attempt_at, lease_until, reason, updated_at, updated_at
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_one RENAME TO outbox;
CREATE UNIQUE INDEX ux_outbox_idempotency ON outbox (idempotency_key);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at, id);
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
