-- One 企业微信账号 per member, held by the database: the edit and import checks read before they write, and two
-- concurrent writers (PostgreSQL at read committed) could both pass them. An account that two rows hold already binds
-- nobody (275), so clearing it on both changes no binding; staff set it again on the right member.
UPDATE members SET wecom_userid = NULL
WHERE wecom_userid IN (SELECT wecom_userid FROM members WHERE wecom_userid IS NOT NULL GROUP BY wecom_userid HAVING COUNT(*) > 1);
DROP INDEX ix_members_wecom_userid;
CREATE UNIQUE INDEX ux_members_wecom_userid ON members (wecom_userid) WHERE wecom_userid IS NOT NULL;
