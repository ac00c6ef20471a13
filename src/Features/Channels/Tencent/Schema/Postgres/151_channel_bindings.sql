-- A 公众号 follower's openid or a WeCom userid bound to a roster member after the member signed in with their code
-- (web authorisation, snsapi_base): that sender then acts as the member. One account per member and channel.
CREATE TABLE channel_member_bindings (
    channel_id    TEXT   NOT NULL,          -- 'wechat' or 'wecom'
    user_id       TEXT   NOT NULL,          -- the openid / WeCom userid
    member_number TEXT   NOT NULL,          -- upper-case, as on the roster
    bound_at      BIGINT NOT NULL,          -- unix ms
    PRIMARY KEY (channel_id, user_id)
);
CREATE UNIQUE INDEX channel_member_bindings_member ON channel_member_bindings (channel_id, member_number);

-- Web authorisations in flight, by the SHA-256 of their state (CSRF: it must come back once, within 5 minutes,
-- with the browser's cookie), then of the ticket the member page redeems (once, within 5 minutes).
CREATE TABLE channel_oauth_flows (
    state_hash  TEXT   NOT NULL PRIMARY KEY,
    channel_id  TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL,            -- unix ms: the state's, then the ticket's
    ticket_hash TEXT   NULL UNIQUE,
    user_id     TEXT   NULL                 -- the openid / userid, once Tencent named it
);
CREATE INDEX channel_oauth_flows_expiry ON channel_oauth_flows (expires_at);
