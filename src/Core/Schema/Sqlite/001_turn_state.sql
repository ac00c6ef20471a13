-- Conversation and user state: one JSON document per key, versioned for compare-and-swap writes.
CREATE TABLE state (
    key        TEXT PRIMARY KEY,
    json       TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    updated_at BIGINT  NOT NULL
);

-- Activities already processed (channel, conversation, activity id), so a redelivery runs no second turn.
CREATE TABLE processed_activities (
    key          TEXT PRIMARY KEY,
    processed_at BIGINT NOT NULL
);

-- Every inbound and outbound activity, in order per conversation.
CREATE TABLE transcript (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_key TEXT   NOT NULL,
    activity_id      TEXT,
    direction        TEXT   NOT NULL,
    json             TEXT   NOT NULL,
    at               BIGINT NOT NULL
);
CREATE INDEX ix_transcript_conversation ON transcript (conversation_key, id);

-- Where to reach a member or a group later (proactive sends): stored only from verified activities.
CREATE TABLE conversation_references (
    key             TEXT PRIMARY KEY,
    channel_id      TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    user_id         TEXT,
    service_url     TEXT,
    is_group        INTEGER NOT NULL,
    json            TEXT    NOT NULL,
    updated_at      BIGINT  NOT NULL
);
