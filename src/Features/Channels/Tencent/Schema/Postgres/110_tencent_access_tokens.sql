-- WeChat and WeCom API access tokens, shared by every instance until they expire (one row per app or agent).
CREATE TABLE tencent_access_tokens (
    token_key    TEXT PRIMARY KEY,          -- wechat:{appid} | wecom:{corpid}:{agentid}
    access_token TEXT   NOT NULL,
    expires_at   BIGINT NOT NULL,           -- unix ms
    updated_at   BIGINT NOT NULL
);
