-- Member questions staff labelled for the learned second opinion (Knowledge/Learned), over the shipped examples.tsv:
-- "not the union's matter" on the unanswered-questions screen keeps the question as a `none` example. The text is
-- the unanswered question's, digits already masked; no member id.
CREATE TABLE learned_examples (
    id         BIGSERIAL PRIMARY KEY,
    text       TEXT    NOT NULL,
    label      TEXT    NOT NULL,            -- as in examples.tsv: none, command or an entry id
    added_at   BIGINT  NOT NULL,
    added_by   TEXT
);
