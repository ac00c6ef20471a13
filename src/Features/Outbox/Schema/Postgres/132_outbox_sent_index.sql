-- Retention deletes delivered rows oldest first in small batches: this finds them without touching the others.
CREATE INDEX ix_outbox_sent ON outbox (updated_at) WHERE status = 'sent';
