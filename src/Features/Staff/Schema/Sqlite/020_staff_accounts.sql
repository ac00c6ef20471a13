-- Union staff who use the admin API and the staff console. Passwords are PBKDF2 hashes with a per-account
-- salt ("pbkdf2-sha256$iterations$salt$hash"); failed sign-ins count towards a timed lockout.
CREATE TABLE staff_accounts (
    id              TEXT PRIMARY KEY,
    user_name       TEXT    NOT NULL,
    password_hash   TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('admin', 'staff')),
    created_at      BIGINT  NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    lockout_until   BIGINT,
    last_sign_in_at BIGINT
);
-- User names are unique regardless of letter case.
CREATE UNIQUE INDEX ux_staff_accounts_user_name ON staff_accounts (lower(user_name));

-- Server-wide values created once and shared by every instance (e.g. the staff token signing key).
CREATE TABLE server_settings (
    key        TEXT PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);
