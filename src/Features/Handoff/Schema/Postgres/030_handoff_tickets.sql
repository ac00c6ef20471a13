-- Conversations handed to union staff ("转人工"). At most one ticket per conversation is not closed.
-- The messages themselves stay in the transcript table (conversation_key joins the two).
CREATE TABLE handoff_tickets (
    id                     TEXT PRIMARY KEY,
    conversation_key       TEXT    NOT NULL,
    member_id              TEXT,
    member_name            TEXT,
    status                 TEXT    NOT NULL,
    reason                 TEXT    NOT NULL,
    language               TEXT    NOT NULL,
    created_at             BIGINT  NOT NULL,
    first_reply_at         BIGINT,
    last_member_message_at BIGINT,
    member_messages        INTEGER NOT NULL DEFAULT 0,
    closed_at              BIGINT,
    closed_by              TEXT
);
CREATE UNIQUE INDEX ux_handoff_tickets_active ON handoff_tickets (conversation_key) WHERE closed_at IS NULL;
CREATE INDEX ix_handoff_tickets_status ON handoff_tickets (status, created_at);
