-- A turn's commit goes to PostgreSQL as one batch with no BEGIN/COMMIT of its own (one round trip): its checks must
-- fail inside the database, so the batch's implicit transaction rolls back with everything written before them. A
-- statement calls this when its check fails (the dedup mark inserted nothing, a state CAS changed nothing); the
-- service maps the SQLSTATE back: EBDUP = the activity was processed already, EBC00, EBC01, … = the state write at
-- that position of the commit met a changed document.
CREATE FUNCTION engagebot_turn_conflict(code TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = code, MESSAGE = 'turn commit refused: ' || code;
END
$$;
