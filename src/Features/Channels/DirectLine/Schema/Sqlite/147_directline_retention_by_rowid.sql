-- Retention on SQLite finds old Direct Line log entries by rowid, which grows with their age
-- (RetentionTable.SqliteOrder), so the index on their age, which every appended activity had to update, goes.
DROP INDEX IF EXISTS ix_dl_activities_at;
