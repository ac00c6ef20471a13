-- Layout E (315_reference_by_member.sql): a conversation reference is found by its member and key, and the member a
-- sign-up's conversation reaches is not always the sign-up's member (signed up from a group: told there; a bound
-- account acting as its roster member: told at the account's chat). Stored beside the conversation, filled from the
-- references before they move; a conversation without a stored reference keeps the sign-up's member.
ALTER TABLE signups ADD COLUMN conversation_member TEXT;
UPDATE signups SET conversation_member = COALESCE(
    (SELECT CASE WHEN r.is_group = 0 AND COALESCE(r.user_id, '') <> '' THEN r.channel_id || '/' || r.user_id ELSE r.key END FROM conversation_references r WHERE r.key = signups.conversation_key),
    member_key)
WHERE conversation_key IS NOT NULL;
