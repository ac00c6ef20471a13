-- Knowledge entries as staff last saved them: new entries, and shipped ones whose title, answers, questions,
-- synonyms, related topics or dated answers changed. Applied over the shipped content (and knowledge_edits).
CREATE TABLE knowledge_entries (
    entry_id   TEXT    PRIMARY KEY,
    json       TEXT    NOT NULL,            -- the whole entry, as in the content files
    added      INTEGER NOT NULL,            -- 1: created by staff, 0: a shipped entry's override
    retired    INTEGER NOT NULL DEFAULT 0,  -- 1: not answered any more (restorable)
    updated_at BIGINT  NOT NULL,
    updated_by TEXT
);
