-- A change counter for the upcoming-activities listing, which instances cache in memory (UpcomingActivities): a
-- listing reads the sum of these rows and uses its cached rows while the sum is the one they were read with. Every
-- change the listing shows bumps it in the changing transaction itself, whichever code path made it: an activity
-- written (created, edited, cancelled, capacity) or a sign-up taking, leaving or changing its seat or waitlist place.
-- Sixteen rows, one per hash of the activity id: sign-ups of one activity already queue on its row lock, and those of
-- different activities do not queue on one counter row. The bump is a deferred constraint trigger, so it runs at
-- commit, after the activity's lock: a counter row is locked only while committing, and never by a transaction that
-- then waits for an activity's lock (no deadlock).
CREATE TABLE activity_listing_version (
    shard   INTEGER PRIMARY KEY CHECK (shard BETWEEN 0 AND 15),
    version BIGINT  NOT NULL
);
INSERT INTO activity_listing_version (shard, version) SELECT s, 0 FROM generate_series(0, 15) s;

CREATE FUNCTION activity_listing_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    activity TEXT;
BEGIN
    IF TG_TABLE_NAME = 'activities' THEN
        activity := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
        activity := CASE WHEN TG_OP = 'DELETE' THEN OLD.activity_id ELSE NEW.activity_id END;
    END IF;
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = hashtext(activity) & 15;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER trg_activities_listing AFTER INSERT OR UPDATE OR DELETE ON activities
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION activity_listing_bump();
CREATE CONSTRAINT TRIGGER trg_signups_listing AFTER INSERT OR DELETE ON signups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION activity_listing_bump();
CREATE CONSTRAINT TRIGGER trg_signups_listing_status AFTER UPDATE OF status ON signups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION activity_listing_bump();
