-- Retention on SQLite finds old dedup marks and transcript rows by their rowid, which grows with their age
-- (RetentionTable.SqliteOrder), so these two indexes are not needed there. Every turn inserted into both, and each
-- insert dirtied an index leaf of its own: about 8 KiB more written per turn (bench/README.md, 2026-12-02).
DROP INDEX IF EXISTS ix_processed_activities_at;
DROP INDEX IF EXISTS ix_transcript_at;
