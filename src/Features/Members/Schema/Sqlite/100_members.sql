-- The union's roster (会员名册). member_number is the number on the union card, stored upper-case.
-- unit is the organisation path, outermost first, joined by '/' (区总工会/基层工会/部门), so a unit and
-- everything under it is one prefix match. session_version is stamped into every session token: raising it
-- (sign out everywhere, deactivation) makes all earlier tokens fail at once.
CREATE TABLE members (
    member_number   TEXT    PRIMARY KEY,
    name            TEXT    NOT NULL,
    phone           TEXT    NOT NULL,
    unit            TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    joined_on       TEXT,
    session_version INTEGER NOT NULL DEFAULT 1,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL
);
CREATE INDEX ix_members_unit ON members (unit);
