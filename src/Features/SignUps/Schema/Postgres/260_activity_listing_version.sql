-- A change counter for the upcoming-activities listing, which instances cache in memory (UpcomingActivities): a
-- listing reads this one row and uses its cached rows while the number is the one they were read with. Every change
-- the listing shows bumps it in the changing transaction itself, whichever code path made it: an activity written
-- (created, edited, cancelled, capacity) or a sign-up taking, leaving or changing its seat or waitlist place.
-- The bump is a deferred constraint trigger, so it runs at commit, after the activity's row lock: the counter's row
-- is locked only while committing (sign-ups of different activities do not queue on it for their whole transaction,
-- and no transaction holds it while it waits for an activity's lock, so no deadlock).
CREATE TABLE activity_listing_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO activity_listing_version (id, version) VALUES (1, 0);

CREATE FUNCTION activity_listing_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER trg_activities_listing AFTER INSERT OR UPDATE OR DELETE ON activities
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION activity_listing_bump();
CREATE CONSTRAINT TRIGGER trg_signups_listing AFTER INSERT OR DELETE ON signups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION activity_listing_bump();
CREATE CONSTRAINT TRIGGER trg_signups_listing_status AFTER UPDATE OF status ON signups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION activity_listing_bump();
