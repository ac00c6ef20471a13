-- Direct Line conversations hosted by this service: the last sequence number handed out is the watermark.
CREATE TABLE dl_conversations (
    conversation_id TEXT PRIMARY KEY,
    is_group        INTEGER NOT NULL,
    last_seq        BIGINT  NOT NULL,
    created_at      BIGINT  NOT NULL
);

-- The delivery log of each conversation, in watermark order: what clients read back and replay.
CREATE TABLE dl_activities (
    conversation_id TEXT   NOT NULL,
    seq             BIGINT NOT NULL,
    json            TEXT   NOT NULL,
    at              BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

-- Files members uploaded with their messages, served back under an unguessable id.
CREATE TABLE dl_attachments (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT   NOT NULL,
    content_type    TEXT   NOT NULL,
    name            TEXT   NOT NULL,
    content         BLOB   NOT NULL,
    created_at      BIGINT NOT NULL
);
