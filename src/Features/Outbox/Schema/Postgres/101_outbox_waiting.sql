-- Notices held for a rostered member's first sign-in ('waiting') are released by their conversation's key when
-- that conversation starts: this finds them without scanning the outbox.
CREATE INDEX ix_outbox_waiting ON outbox (reference_key) WHERE status = 'waiting';
