-- When an unanswered ticket returns its member to the bot (unix ms): the expected time of the first staff reply
-- plus Handoff:ReturnToBotAfter. Kept here, not in a timer, so a restart does not forget it. NULL: never (older tickets).
ALTER TABLE handoff_tickets ADD COLUMN return_at BIGINT;
CREATE INDEX ix_handoff_tickets_return ON handoff_tickets (return_at) WHERE closed_at IS NULL AND first_reply_at IS NULL;
