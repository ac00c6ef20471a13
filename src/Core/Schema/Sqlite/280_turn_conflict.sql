-- Nothing on SQLite: its turn commit runs statement by statement on the one writer, inside a transaction, and checks
-- each statement's row count (PostgreSQL's one-batch commit needs engagebot_turn_conflict, 280 there).
SELECT 1;
