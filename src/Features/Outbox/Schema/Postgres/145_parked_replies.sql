-- A turn's replies between the turn's commit and their live send. Rows live for milliseconds (inserted with the
-- turn, deleted in a later group commit once the channel took them). What a crash leaves here is moved to the
-- outbox once its lease ran out (by any instance).
CREATE TABLE parked_replies (
    id              BIGSERIAL PRIMARY KEY,
    idempotency_key TEXT   NOT NULL UNIQUE,
    member_key      TEXT   NOT NULL,
    reference_key   TEXT   NOT NULL,
    reference_json  TEXT   NOT NULL,
    payload         TEXT   NOT NULL,
    lease_until     BIGINT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX ix_parked_replies_lease ON parked_replies (lease_until);
