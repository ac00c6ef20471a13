-- Activity changes and recurring series.
-- A weekly club session is a series: its occurrences are ordinary activities (own sign-ups, own capacity)
-- carrying the series id and their place in it. The series row keeps the rule staff gave, for the console.
CREATE TABLE activity_series (
    id             TEXT    PRIMARY KEY,
    club_id        TEXT    REFERENCES clubs (id),
    title          TEXT    NOT NULL,
    interval_weeks INTEGER NOT NULL CHECK (interval_weeks BETWEEN 1 AND 4),
    occurrences    INTEGER NOT NULL CHECK (occurrences BETWEEN 1 AND 52),
    created_at     INTEGER NOT NULL
);
ALTER TABLE activities ADD COLUMN series_id TEXT REFERENCES activity_series (id);
ALTER TABLE activities ADD COLUMN series_index INTEGER;
CREATE INDEX ix_activities_series ON activities (series_id, starts_at);

-- Each change of an activity's time or place, numbered per activity (version). Members signed up are told
-- through the outbox, one row per member keyed by activity + version + member, written in the same transaction.
CREATE TABLE activity_changes (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id    TEXT    NOT NULL REFERENCES activities (id),
    version        INTEGER NOT NULL,
    old_starts_at  INTEGER NOT NULL,
    new_starts_at  INTEGER NOT NULL,
    old_ends_at    INTEGER,
    new_ends_at    INTEGER,
    old_place      TEXT,
    new_place      TEXT,
    changed_at     INTEGER NOT NULL,
    UNIQUE (activity_id, version)
);
