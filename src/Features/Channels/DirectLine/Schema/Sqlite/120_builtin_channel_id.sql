-- The built-in Direct Line channel gets a channel id of its own: 'engagebot', no longer Azure's 'directline'.
-- Only its own rows move: the conversations it hosts (dl_conversations) and the users it has seen (group
-- members, the users of its conversations' references, the senders in its logs). Rows of Azure's Direct Line,
-- which arrive through /api/messages with the channel id 'directline', stay as they are. Prefixes are compared
-- with substr, not LIKE: LIKE ignores case and treats '_' (as in dl_, m_, g_) as a wildcard.
CREATE TEMP TABLE builtin_conversations (id TEXT PRIMARY KEY);
INSERT INTO builtin_conversations SELECT conversation_id FROM dl_conversations;

CREATE TEMP TABLE builtin_users (id TEXT PRIMARY KEY);
INSERT OR IGNORE INTO builtin_users SELECT member_id FROM chat_group_members;
INSERT OR IGNORE INTO builtin_users
    SELECT user_id FROM conversation_references
    WHERE channel_id = 'directline' AND user_id IS NOT NULL AND conversation_id IN (SELECT id FROM builtin_conversations);
INSERT OR IGNORE INTO builtin_users
    SELECT json_extract(json, '$.from.id') FROM dl_activities
    WHERE json_extract(json, '$.from.id') IS NOT NULL AND COALESCE(json_extract(json, '$.from.role'), '') <> 'bot';

-- Member keys name a user, or a group reached as a whole (a group's "/notice").
CREATE TEMP TABLE builtin_members (id TEXT PRIMARY KEY);
INSERT OR IGNORE INTO builtin_members SELECT id FROM builtin_users;
INSERT OR IGNORE INTO builtin_members SELECT id FROM builtin_conversations;

-- Turn state: 'conversation/{channel}/{conversation}' and 'user/{channel}/{user}'; a user's state remembers
-- their 1:1 conversation by its key.
UPDATE state SET key = 'conversation/engagebot/' || substr(key, 25)
WHERE substr(key, 1, 24) = 'conversation/directline/' AND substr(key, 25) IN (SELECT id FROM builtin_conversations);
UPDATE state SET key = 'user/engagebot/' || substr(key, 17),
    json = replace(json, '"signUpDirectConversation":"directline/', '"signUpDirectConversation":"engagebot/')
WHERE substr(key, 1, 16) = 'user/directline/' AND substr(key, 17) IN (SELECT id FROM builtin_users);

-- Redelivery marks: '{channel}/{conversation}/{activity id}'.
UPDATE processed_activities SET key = 'engagebot/' || substr(key, 12)
WHERE substr(key, 1, 11) = 'directline/'
  AND substr(key, 12, instr(substr(key, 12), '/') - 1) IN (SELECT id FROM builtin_conversations);

-- Transcripts and conversation references, with the channel id inside the stored activities.
UPDATE transcript SET conversation_key = 'engagebot/' || substr(conversation_key, 12),
    json = replace(json, '"channelId":"directline"', '"channelId":"engagebot"')
WHERE conversation_key IN (SELECT 'directline/' || id FROM builtin_conversations);
UPDATE conversation_references SET key = 'engagebot/' || conversation_id, channel_id = 'engagebot',
    json = replace(json, '"channelId":"directline"', '"channelId":"engagebot"')
WHERE channel_id = 'directline' AND conversation_id IN (SELECT id FROM builtin_conversations);
UPDATE dl_activities SET json = replace(json, '"channelId":"directline"', '"channelId":"engagebot"')
WHERE instr(json, '"channelId":"directline"') > 0;

-- The outbox: a notice row's idempotency key is '{firing}|{member key}', a turn reply's 'reply|{conversation key}|…'.
UPDATE outbox SET member_key = 'engagebot/' || substr(member_key, 12),
    idempotency_key = CASE WHEN kind = 'notice' AND idempotency_key = firing_id || '|' || member_key
                           THEN firing_id || '|engagebot/' || substr(member_key, 12) ELSE idempotency_key END
WHERE substr(member_key, 1, 11) = 'directline/' AND substr(member_key, 12) IN (SELECT id FROM builtin_members);
UPDATE outbox SET reference_key = 'engagebot/' || substr(reference_key, 12),
    idempotency_key = CASE WHEN substr(idempotency_key, 1, 17) = 'reply|directline/'
                           THEN 'reply|engagebot/' || substr(idempotency_key, 18) ELSE idempotency_key END,
    reference_json = replace(reference_json, '"channelId":"directline"', '"channelId":"engagebot"'),
    payload = replace(payload, '"channelId":"directline"', '"channelId":"engagebot"')
WHERE reference_key IN (SELECT 'directline/' || id FROM builtin_conversations);

-- Sign-ups: the member (key and channel), where to tell them, and the message that made the sign-up.
UPDATE signups SET member_key = 'engagebot/' || user_id, channel_id = 'engagebot'
WHERE channel_id = 'directline' AND user_id IN (SELECT id FROM builtin_users);
UPDATE signups SET conversation_key = 'engagebot/' || substr(conversation_key, 12)
WHERE conversation_key IN (SELECT 'directline/' || id FROM builtin_conversations);
UPDATE signups SET source_key = 'engagebot/' || substr(source_key, 12)
WHERE substr(source_key, 1, 11) = 'directline/'
  AND substr(source_key, 12, instr(substr(source_key, 12), '/') - 1) IN (SELECT id FROM builtin_conversations);

-- Hand-off tickets and notice preferences.
UPDATE handoff_tickets SET conversation_key = 'engagebot/' || substr(conversation_key, 12)
WHERE conversation_key IN (SELECT 'directline/' || id FROM builtin_conversations);
UPDATE notice_subscriptions SET member_key = 'engagebot/' || substr(member_key, 12)
WHERE substr(member_key, 1, 11) = 'directline/' AND substr(member_key, 12) IN (SELECT id FROM builtin_users);

-- Notice audiences (JSON): explicit members, and groups posted to as a whole.
UPDATE notices SET audience = json_set(audience, '$.members', (
    SELECT json_group_array(CASE WHEN substr(m.value, 1, 11) = 'directline/' AND substr(m.value, 12) IN (SELECT id FROM builtin_users)
                                 THEN 'engagebot/' || substr(m.value, 12) ELSE m.value END)
    FROM json_each(notices.audience, '$.members') m))
WHERE instr(audience, 'directline/') > 0 AND json_type(audience, '$.members') = 'array';
UPDATE notices SET audience = json_set(audience, '$.conversations', (
    SELECT json_group_array(CASE WHEN m.value IN (SELECT 'directline/' || id FROM builtin_conversations)
                                 THEN 'engagebot/' || substr(m.value, 12) ELSE m.value END)
    FROM json_each(notices.audience, '$.conversations') m))
WHERE instr(audience, 'directline/') > 0 AND json_type(audience, '$.conversations') = 'array';

DROP TABLE temp.builtin_members;
DROP TABLE temp.builtin_users;
DROP TABLE temp.builtin_conversations;
