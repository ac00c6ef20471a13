-- The robot's answers outside the stream (WeCom doc 101138, 主动回复消息): a message or a template-card press
-- carries a response_url that may be called once, within one hour. Replies a turn gives after the stream's window
-- (WeCom refreshes a stream for at most 6 minutes, doc 100719), and every reply to a card press (whose passive
-- answer can only update the card, doc 101031), leave through it, via the outbox.
ALTER TABLE wecom_aibot_streams ADD COLUMN window_ends_at BIGINT NOT NULL DEFAULT 9007199254740991; -- unix ms; later parts are late
ALTER TABLE wecom_aibot_stream_parts ADD COLUMN late INTEGER NOT NULL DEFAULT 0;  -- 1: not shown in the stream
ALTER TABLE wecom_aibot_stream_parts ADD COLUMN card TEXT;                        -- the reply's template card (JSON), if any

CREATE TABLE wecom_aibot_responses (
    stream_id    TEXT   NOT NULL PRIMARY KEY,  -- the stream of the message (or press) that carried the URL
    response_url TEXT   NOT NULL,              -- a one-use credential: never logged, never exported
    expires_at   BIGINT NOT NULL,              -- unix ms: received + 1 hour
    used_at      BIGINT                        -- unix ms, once WeCom accepted a reply through it
);
CREATE INDEX wecom_aibot_responses_expiry ON wecom_aibot_responses (expires_at);
