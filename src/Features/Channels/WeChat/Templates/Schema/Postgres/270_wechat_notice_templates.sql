-- A notice's 公众号 template mapping: what followers outside WeChat's 48-hour window get instead of a
-- customer-service message. fields is JSON: template key → notice field ({"thing1":"title"}).
CREATE TABLE wechat_notice_templates (
    notice_id   TEXT   NOT NULL PRIMARY KEY,
    kind        TEXT   NOT NULL,            -- template | subscription
    template_id TEXT   NOT NULL,
    fields      TEXT   NOT NULL,
    updated_at  BIGINT NOT NULL             -- unix ms
);
