-- A change counter for the upcoming-activities listing, which the service caches in memory (UpcomingActivities): a
-- listing reads the sum of its rows and uses its cached rows while the sum is the one they were read with. Every change
-- the listing shows bumps it in the changing transaction itself, whichever code path made it: an activity written
-- (created, edited, cancelled, capacity) or a sign-up taking, leaving or changing its seat or waitlist place.
-- One row here (one writer); PostgreSQL spreads the bumps over sixteen, so sign-ups of different activities do not
-- queue on one row.
CREATE TABLE activity_listing_version (
    shard   INTEGER PRIMARY KEY CHECK (shard BETWEEN 0 AND 15),
    version INTEGER NOT NULL
);
INSERT INTO activity_listing_version (shard, version) VALUES (0, 0);

CREATE TRIGGER trg_activities_listing_insert AFTER INSERT ON activities
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = 0;
END;

CREATE TRIGGER trg_activities_listing_update AFTER UPDATE ON activities
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = 0;
END;

CREATE TRIGGER trg_activities_listing_delete AFTER DELETE ON activities
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = 0;
END;

CREATE TRIGGER trg_signups_listing_insert AFTER INSERT ON signups
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = 0;
END;

CREATE TRIGGER trg_signups_listing_delete AFTER DELETE ON signups
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = 0;
END;

CREATE TRIGGER trg_signups_listing_status AFTER UPDATE OF status ON signups
WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE activity_listing_version SET version = version + 1 WHERE shard = 0;
END;
