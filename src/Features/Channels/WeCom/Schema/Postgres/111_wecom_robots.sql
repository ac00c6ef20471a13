-- WeCom group robots (群机器人) staff registered: one webhook per WeCom group, addressed by a name.
CREATE TABLE wecom_robots (
    name        TEXT PRIMARY KEY,
    webhook_key TEXT   NOT NULL,            -- the key= of the robot's webhook URL (a secret)
    created_at  BIGINT NOT NULL,
    created_by  TEXT
);
