-- Clubs (棋牌, 瑜伽, 书画, …): what members join; activities belong to a club or stand alone.
CREATE TABLE clubs (
    id             TEXT PRIMARY KEY,
    name           TEXT   NOT NULL,
    name_en        TEXT,
    description    TEXT,
    description_en TEXT,
    schedule       TEXT,
    place          TEXT,
    contact        TEXT,
    status         TEXT   NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);

-- One session members sign up for. Times are unix milliseconds; deadlines NULL mean "until it starts".
CREATE TABLE activities (
    id              TEXT PRIMARY KEY,
    club_id         TEXT REFERENCES clubs (id),
    title           TEXT    NOT NULL,
    title_en        TEXT,
    starts_at       BIGINT  NOT NULL,
    ends_at         BIGINT,
    place           TEXT,
    capacity        INTEGER NOT NULL CHECK (capacity > 0),
    signup_deadline BIGINT,
    cancel_deadline BIGINT,
    reminder_leads  TEXT    NOT NULL DEFAULT '1440,120',
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    checkin_code    TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX ix_activities_status_starts ON activities (status, starts_at);
CREATE INDEX ix_activities_club ON activities (club_id, starts_at);

-- A member's place in an activity. id order is arrival order (sign-ups of one activity are serialised by
-- a lock on its row); waitlist_position is the member's ticket, distinct per activity, kept after promotion.
CREATE TABLE signups (
    id                BIGSERIAL PRIMARY KEY,
    activity_id       TEXT    NOT NULL REFERENCES activities (id),
    member_key        TEXT    NOT NULL,
    channel_id        TEXT    NOT NULL,
    user_id           TEXT    NOT NULL,
    display_name      TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'attended')),
    waitlist_position INTEGER CHECK (waitlist_position > 0),
    language          TEXT    NOT NULL DEFAULT 'zh',
    conversation_key  TEXT,
    source_key        TEXT,
    signed_up_at      BIGINT  NOT NULL,
    confirmed_at      BIGINT,
    cancelled_at      BIGINT,
    attended_at       BIGINT,
    updated_at        BIGINT  NOT NULL,
    CHECK (status <> 'waitlisted' OR waitlist_position IS NOT NULL)
);
CREATE UNIQUE INDEX ux_signups_active_member ON signups (activity_id, member_key)
    WHERE status IN ('confirmed', 'waitlisted', 'attended');
CREATE UNIQUE INDEX ux_signups_waitlist_position ON signups (activity_id, waitlist_position)
    WHERE waitlist_position IS NOT NULL;
CREATE UNIQUE INDEX ux_signups_source ON signups (source_key) WHERE source_key IS NOT NULL;
CREATE INDEX ix_signups_activity_status ON signups (activity_id, status, id);
CREATE INDEX ix_signups_member ON signups (member_key, status);

-- Capacity as a database rule. The trigger first locks the activity row, so concurrent transactions that
-- take a seat in the same activity queue up here and each counts what the previous ones committed.
CREATE FUNCTION signups_capacity_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seats INTEGER;
    taken BIGINT;
BEGIN
    IF NEW.status IN ('confirmed', 'attended')
       AND (TG_OP = 'INSERT' OR OLD.status NOT IN ('confirmed', 'attended')) THEN
        SELECT capacity INTO seats FROM activities WHERE id = NEW.activity_id FOR UPDATE;
        SELECT COUNT(*) INTO taken FROM signups
            WHERE activity_id = NEW.activity_id AND status IN ('confirmed', 'attended') AND id <> NEW.id;
        IF taken >= seats THEN
            RAISE EXCEPTION 'activity capacity exceeded' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_signups_capacity BEFORE INSERT OR UPDATE OF status ON signups
    FOR EACH ROW EXECUTE FUNCTION signups_capacity_guard();

CREATE FUNCTION activities_capacity_floor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.capacity < OLD.capacity AND (SELECT COUNT(*) FROM signups
            WHERE activity_id = NEW.id AND status IN ('confirmed', 'attended')) > NEW.capacity THEN
        RAISE EXCEPTION 'capacity below confirmed sign-ups' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_activities_capacity_floor BEFORE UPDATE OF capacity ON activities
    FOR EACH ROW EXECUTE FUNCTION activities_capacity_floor();

CREATE TABLE signup_notices (
    id            BIGSERIAL PRIMARY KEY,
    signup_id     BIGINT  NOT NULL REFERENCES signups (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('promoted', 'activity_cancelled')),
    created_at    BIGINT  NOT NULL,
    claimed_until BIGINT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    sent_at       BIGINT
);
CREATE INDEX ix_signup_notices_pending ON signup_notices (sent_at, id);
