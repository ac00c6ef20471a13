-- Polls (投票) staff post into a group or send as a notice. Options are a JSON array of strings, numbered from 1.
-- version counts recorded votes: every vote updates the row, so a vote and the close that counts the results take
-- the same row lock (PostgreSQL) and never interleave.
CREATE TABLE polls (
    id          TEXT    PRIMARY KEY,
    question    TEXT    NOT NULL,
    question_en TEXT,
    options     TEXT    NOT NULL,
    multiple    INTEGER NOT NULL,
    max_choices INTEGER NOT NULL,
    anonymous   INTEGER NOT NULL,
    group_id    TEXT,
    notice_id   TEXT,
    salt        TEXT    NOT NULL,
    closes_at   BIGINT  NOT NULL,
    created_at  BIGINT  NOT NULL,
    created_by  TEXT,
    closed_at   BIGINT,
    closed_by   TEXT,
    version     BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX ix_polls_due ON polls (closes_at) WHERE closed_at IS NULL;
CREATE INDEX ix_polls_group ON polls (group_id, created_at);
CREATE INDEX ix_polls_notice ON polls (notice_id);

-- One ballot per voter and poll: choices are the option numbers ("1" or "1,3"). voter_key is the member key on a
-- named poll, and a salted hash of it on an anonymous one (whose voter_name is always NULL).
CREATE TABLE poll_ballots (
    poll_id    TEXT   NOT NULL,
    voter_key  TEXT   NOT NULL,
    voter_name TEXT,
    choices    TEXT   NOT NULL,
    voted_at   BIGINT NOT NULL,
    PRIMARY KEY (poll_id, voter_key)
);
CREATE INDEX ix_poll_ballots_voter ON poll_ballots (voter_key);
