-- A change counter for the upcoming-activities listing, which the service caches in memory (UpcomingActivities): a
-- listing reads this one row and uses its cached rows while the number is the one they were read with. Every change
-- the listing shows bumps it in the changing transaction itself, whichever code path made it: an activity written
-- (created, edited, cancelled, capacity) or a sign-up taking, leaving or changing its seat or waitlist place.
CREATE TABLE activity_listing_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO activity_listing_version (id, version) VALUES (1, 0);

CREATE TRIGGER trg_activities_listing_insert AFTER INSERT ON activities
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER trg_activities_listing_update AFTER UPDATE ON activities
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER trg_activities_listing_delete AFTER DELETE ON activities
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER trg_signups_listing_insert AFTER INSERT ON signups
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER trg_signups_listing_delete AFTER DELETE ON signups
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER trg_signups_listing_status AFTER UPDATE OF status ON signups
WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE id = 1;
END;
