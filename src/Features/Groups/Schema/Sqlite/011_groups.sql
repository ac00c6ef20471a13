-- WeChat-style groups: each is a hosted Direct Line conversation (dl_conversations, is_group = 1).
CREATE TABLE chat_groups (
    group_id          TEXT PRIMARY KEY,
    name              TEXT   NOT NULL,
    invite_code       TEXT   NOT NULL UNIQUE,
    notice            TEXT,
    notice_updated_at BIGINT,
    created_by        TEXT   NOT NULL,
    created_at        BIGINT NOT NULL
);

-- Who is in which group, with the display name the others see.
CREATE TABLE chat_group_members (
    group_id  TEXT   NOT NULL,
    member_id TEXT   NOT NULL,
    name      TEXT   NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX ix_chat_group_members_member ON chat_group_members (member_id);
