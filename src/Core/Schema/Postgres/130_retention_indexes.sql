-- Retention deletes the oldest rows first in small batches: these indexes find them without scanning the tables.
CREATE INDEX ix_processed_activities_at ON processed_activities (processed_at);
CREATE INDEX ix_transcript_at ON transcript (at);
