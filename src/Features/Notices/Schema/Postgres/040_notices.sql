-- Notices staff schedule (and reminders generated per activity): what to say, to whom, when.
CREATE TABLE notices (
    id          TEXT PRIMARY KEY,
    kind        TEXT    NOT NULL,            -- notice | reminder
    text        TEXT    NOT NULL,
    text_en     TEXT,
    activity_id TEXT,                        -- optional activity card with a sign-up button
    audience    TEXT    NOT NULL,            -- JSON: {"all","groups","clubs","activities","members"}
    send_at     BIGINT,
    cron        TEXT,
    time_zone   TEXT    NOT NULL,
    urgent      INTEGER NOT NULL,
    status      TEXT    NOT NULL,            -- scheduled | done | cancelled
    created_at  BIGINT  NOT NULL,
    created_by  TEXT
);
CREATE INDEX ix_notices_created ON notices (created_at);

-- One row per firing of a notice (its intended fire time): expanded, held for quiet hours, or skipped as missed.
CREATE TABLE notice_firings (
    id           TEXT PRIMARY KEY,           -- {notice id}@{intended fire time, unix ms}
    notice_id    TEXT    NOT NULL,
    scheduled_at BIGINT  NOT NULL,
    fired_at     BIGINT  NOT NULL,
    status       TEXT    NOT NULL,           -- expanding | ready | held | skipped
    reason       TEXT,
    recipients   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_notice_firings_notice ON notice_firings (notice_id, scheduled_at);

-- The durable outbox: one row per (firing, recipient); the idempotency key makes re-expansion a no-op.
-- History: this first, notices-only outbox was replaced by the Outbox feature's 080_one_outbox.sql, which creates
-- the table in use today and owns it. It stays here because this script is already applied in existing databases
-- and versions are global: 080 copies these rows, so the CREATE cannot move to a later number.
CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    idempotency_key TEXT    NOT NULL,
    notice_id       TEXT    NOT NULL,
    firing_id       TEXT    NOT NULL,
    member_key      TEXT    NOT NULL,
    reference_key   TEXT,
    status          TEXT    NOT NULL,        -- pending | sending | sent | failed | skipped
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    lease_until     BIGINT,
    reason          TEXT,
    updated_at      BIGINT  NOT NULL
);
CREATE UNIQUE INDEX ux_outbox_idempotency ON outbox (idempotency_key);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at, id);
CREATE INDEX ix_outbox_notice ON outbox (notice_id, status);

-- Members' choice about notices (reminders for their own sign-ups are not affected).
CREATE TABLE notice_subscriptions (
    member_key TEXT PRIMARY KEY,             -- {channel id}/{user id}
    subscribed INTEGER NOT NULL,
    updated_at BIGINT  NOT NULL
);

-- Reaching a member by channel and user id (explicit audiences, group/club/activity members).
CREATE INDEX ix_conversation_references_user ON conversation_references (channel_id, user_id);
