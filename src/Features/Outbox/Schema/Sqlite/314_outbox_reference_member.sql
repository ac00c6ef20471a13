-- Layout E (315_reference_by_member.sql): the claim finds a row's reference by its member and key, and the outbox's
-- member_key is not always the reference's (a roster member with a bound account is reached at that account's chat).
-- The reference's own member, filled from the references before they move, else from the row's own document.
ALTER TABLE outbox ADD COLUMN reference_member TEXT;
UPDATE outbox SET reference_member = COALESCE(
    (SELECT CASE WHEN r.is_group = 0 AND COALESCE(r.user_id, '') <> '' THEN r.channel_id || '/' || r.user_id ELSE r.key END FROM conversation_references r WHERE r.key = outbox.reference_key),
    CASE WHEN json_extract(reference_json, '$.conversation.isGroup') IS NOT 1 AND COALESCE(json_extract(reference_json, '$.user.id'), '') <> ''
         THEN json_extract(reference_json, '$.channelId') || '/' || json_extract(reference_json, '$.user.id') ELSE reference_key END)
WHERE reference_key IS NOT NULL;
