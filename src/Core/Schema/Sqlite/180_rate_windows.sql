-- Fixed-window rate limits shared by every instance (Cluster:Enabled): one row per limit and key, the key hashed
-- (no client address is stored), counting hits until expires_at (unix ms); stale rows are deleted now and then.
CREATE TABLE rate_windows (
    key        TEXT PRIMARY KEY,
    hits       INTEGER NOT NULL,
    expires_at BIGINT  NOT NULL
);
CREATE INDEX ix_rate_windows_expires ON rate_windows (expires_at);
