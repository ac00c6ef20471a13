-- Passive replies a 公众号 callback answered with, kept for WeChat's retry window (a minute): WeChat retries a
-- message whose answer it did not get, and the retry is answered with the same reply instead of "success".
CREATE TABLE wechat_passive_replies (
    open_id    TEXT   NOT NULL,
    msg_id     TEXT   NOT NULL,             -- the MsgId, or the event's sender:CreateTime:Event
    content    TEXT   NOT NULL,
    expires_at BIGINT NOT NULL,             -- unix ms
    PRIMARY KEY (open_id, msg_id)
);
CREATE INDEX wechat_passive_replies_expiry ON wechat_passive_replies (expires_at);
