-- transcript's ids without AUTOINCREMENT: with it, every commit that appended a row also rewrote the table's row in
-- sqlite_sequence, a WAL page of its own per group commit (bench/README.md, "Seventeenth session"). A plain INTEGER
-- PRIMARY KEY still gives each new row an id above every row in the table, so ids keep their order and retention
-- (which deletes by lowest id) still finds the oldest rows; an id can come back only after the newest row itself
-- was deleted, and nothing keeps ids across deletions (the transcript is read per conversation, from the start).
-- The rows and their ids are kept.
CREATE TABLE transcript_294 (
    id               INTEGER PRIMARY KEY,
    conversation_key TEXT   NOT NULL,
    activity_id      TEXT,
    direction        TEXT   NOT NULL,
    json             TEXT   NOT NULL,
    at               BIGINT NOT NULL
);
INSERT INTO transcript_294 (id, conversation_key, activity_id, direction, json, at)
    SELECT id, conversation_key, activity_id, direction, json, at FROM transcript;
DROP TABLE transcript;
ALTER TABLE transcript_294 RENAME TO transcript;
CREATE INDEX ix_transcript_conversation ON transcript (conversation_key, id);
