-- The member's WeCom userid (企业微信账号), an optional roster column: a WeCom app user who writes for the first time
-- is bound to the active member with that userid (or, failing that, that mobile). Not unique: two active members
-- with one userid bind nobody automatically.
ALTER TABLE members ADD COLUMN wecom_userid TEXT;
CREATE INDEX ix_members_wecom_userid ON members (wecom_userid);
CREATE INDEX ix_members_phone ON members (phone);
