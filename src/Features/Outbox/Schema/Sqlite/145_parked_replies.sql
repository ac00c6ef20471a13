-- A turn's replies between the turn's commit and their live send. Rows live for milliseconds (inserted with the
-- turn, deleted in a later group commit once the channel took them), so the table stays a page or two and a turn
-- dirties one B-tree instead of the outbox's five. What a crash leaves here is moved to the outbox at start-up.
-- Ordered by id; deletes by key scan the few rows in flight, so no second index.
CREATE TABLE parked_replies (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT   NOT NULL,
    member_key      TEXT   NOT NULL,
    reference_key   TEXT   NOT NULL,
    reference_json  TEXT   NOT NULL,
    payload         TEXT   NOT NULL,
    lease_until     BIGINT NOT NULL,
    created_at      BIGINT NOT NULL
);
-- Parked rows of the old design (in the outbox, 'sending', never attempted) are ordinary claims from a previous life:
-- the dispatcher releases them at start-up as before.
