-- Every staff action in the console or the admin API: who, what, when, on what. Never passwords or tokens.
CREATE TABLE staff_audit (
    id         BIGSERIAL PRIMARY KEY,
    at         BIGINT  NOT NULL,
    staff_id   TEXT,
    staff_name TEXT,
    action     TEXT    NOT NULL,            -- e.g. "POST /api/admin/notices/", "sign-in", "sign-in-failed"
    target     TEXT,                        -- route values such as the id acted on
    outcome    INTEGER NOT NULL             -- HTTP status (or 200/401 for sign-ins)
);
CREATE INDEX ix_staff_audit_at ON staff_audit (at);

-- Staff edits to shipped knowledge entries; applied over the shipped content at start-up and on every edit.
CREATE TABLE knowledge_edits (
    entry_id     TEXT PRIMARY KEY,
    answer_zh    TEXT   NOT NULL,
    answer_en    TEXT   NOT NULL,
    questions_zh TEXT   NOT NULL,           -- JSON array of strings
    questions_en TEXT   NOT NULL,           -- JSON array of strings
    updated_at   BIGINT NOT NULL,
    updated_by   TEXT
);
