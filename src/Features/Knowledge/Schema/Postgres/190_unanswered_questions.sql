-- Questions the bot could not answer (fallback, out of scope, "did you mean") or answered with low confidence,
-- for staff to learn from. No member id; digit runs are masked before they are stored; purged by retention.
CREATE TABLE unanswered_questions (
    id            BIGSERIAL PRIMARY KEY,
    at            BIGINT  NOT NULL,
    text          TEXT    NOT NULL,         -- masked: digit runs (phones, ID numbers) replaced by '#'
    language      TEXT    NOT NULL,         -- zh | en
    reading       TEXT    NOT NULL,         -- none | off_topic | clarify | low_confidence
    top_entry     TEXT,                     -- the closest knowledge entry, if any
    score         DOUBLE PRECISION NOT NULL,
    handled_at    BIGINT,                   -- set when staff turned it into knowledge (or dismissed it)
    handled_entry TEXT
);
CREATE INDEX ix_unanswered_questions_at ON unanswered_questions (at);
