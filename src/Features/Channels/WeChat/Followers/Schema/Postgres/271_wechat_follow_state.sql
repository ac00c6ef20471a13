-- Whether a 公众号 follower still follows, from their last subscribe/unsubscribe event (its CreateTime, so events
-- that arrive out of order do not undo a later one). Nothing is sent to an openid that unsubscribed; a notice's
-- report says so. Personal data (the openid): exported and erased with the follower.
CREATE TABLE wechat_follow_state (
    open_id   TEXT   NOT NULL PRIMARY KEY,
    following INTEGER NOT NULL,             -- 1 subscribed, 0 unsubscribed
    at        BIGINT NOT NULL               -- the event's CreateTime, unix ms
);
