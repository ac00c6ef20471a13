-- Retention finds old transcript rows by their id, which grows with their age (RetentionTable.PostgresOrder), as
-- SQLite does since 146. The index on their age goes: every turn inserted its two transcript rows into it, at its
-- right-hand edge, where all committing turns queue for the same leaf page (bench/README.md, "Seventeenth session").
DROP INDEX IF EXISTS ix_transcript_at;
