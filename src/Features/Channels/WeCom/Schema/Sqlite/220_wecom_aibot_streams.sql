-- Replies of WeCom intelligent-robot (智能机器人) turns, as the stream WeCom shows in the group: the callback answers
-- with the stream's id, and WeCom asks for it again (流式消息刷新, for up to 6 minutes) until it is finished. Kept
-- in the database so any instance can answer a refresh; each row goes once it expires.
CREATE TABLE wecom_aibot_streams (
    stream_id  TEXT   NOT NULL PRIMARY KEY,  -- derived from the message's msgid
    chat_id    TEXT   NOT NULL,              -- the group's chatid, or the member's userid in a 1:1 chat
    user_id    TEXT   NOT NULL,              -- who wrote the message
    finished   INTEGER NOT NULL DEFAULT 0,   -- 1 once the turn is done: no more parts come
    expires_at BIGINT NOT NULL               -- unix ms
);
CREATE INDEX wecom_aibot_streams_expiry ON wecom_aibot_streams (expires_at);
CREATE INDEX wecom_aibot_streams_user ON wecom_aibot_streams (user_id);

-- The stream's text, one row per reply of the turn, in the turn's reply order (a redelivered reply adds nothing).
CREATE TABLE wecom_aibot_stream_parts (
    stream_id TEXT    NOT NULL,
    part      INTEGER NOT NULL,
    content   TEXT    NOT NULL,
    PRIMARY KEY (stream_id, part)
);
