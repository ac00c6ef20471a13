-- Retention deletes the oldest log entries and uploads first in small batches: these indexes find them.
CREATE INDEX ix_dl_activities_at ON dl_activities (at);
CREATE INDEX ix_dl_attachments_created ON dl_attachments (created_at);
