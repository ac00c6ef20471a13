-- A receipt-asking notice posted into a chat group (one post, many members): the group's members when it was
-- posted, each of whom may confirm. The receipts report lists them (their state follows the group post's delivery
-- and their own confirmation in notice_receipts); "remind the unconfirmed" names them in the group.
CREATE TABLE notice_group_recipients (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    notice_id  TEXT   NOT NULL,
    group_key  TEXT   NOT NULL,            -- the group's conversation key {channel id}/{group id}, the post's outbox member key
    member_key TEXT   NOT NULL,            -- {channel id}/{user id}
    name       TEXT   NOT NULL,            -- the display name in the group when it was posted
    UNIQUE (notice_id, group_key, member_key)
);
CREATE INDEX ix_notice_group_recipients_member ON notice_group_recipients (member_key, group_key);
