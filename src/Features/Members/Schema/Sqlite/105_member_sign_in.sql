-- Member sign-in by SMS code. One row per member number anyone asked a code for, on the roster or not: requests
-- for unknown numbers and wrong names are throttled exactly like real ones, so the answers reveal nothing.
-- code_hash is HMAC-SHA256 of the code (never the code); NULL when none is pending (none was sent, it was used,
-- or wrong guesses voided it). last_sent_at drives the resend throttle; window_* count requests per number.
CREATE TABLE member_sign_in_codes (
    member_number   TEXT    PRIMARY KEY,
    code_hash       TEXT,
    expires_at      BIGINT  NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_sent_at    BIGINT  NOT NULL,
    window_start    BIGINT  NOT NULL,
    window_count    INTEGER NOT NULL,
    touched_at      BIGINT  NOT NULL
);
CREATE INDEX ix_member_sign_in_codes_touched ON member_sign_in_codes (touched_at);

-- Keys the member feature creates once and shares across instances (the code-hashing key unless configured).
CREATE TABLE member_secrets (
    name       TEXT   PRIMARY KEY,
    value      TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
