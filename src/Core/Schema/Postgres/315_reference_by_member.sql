-- Layout E (bench/README.md, ref27 and refE28): the conversation reference keyed by its member, with small columns,
-- instead of the JSON document with a key primary key and a channel + user index: one index per reference instead of
-- two (PostgreSQL has no WITHOUT ROWID; the heap stays). See Sqlite/315_reference_by_member.sql for the columns.
CREATE TABLE reference_routes (
    id          BIGSERIAL PRIMARY KEY,
    service_url TEXT NOT NULL,
    bot_id      TEXT NOT NULL,
    bot_name    TEXT NOT NULL,
    UNIQUE (service_url, bot_id, bot_name)
);
INSERT INTO reference_routes (service_url, bot_id, bot_name)
    SELECT DISTINCT COALESCE(json::jsonb ->> 'serviceUrl', ''), COALESCE(json::jsonb #>> '{bot,id}', ''), COALESCE(json::jsonb #>> '{bot,name}', '')
    FROM conversation_references
ON CONFLICT (service_url, bot_id, bot_name) DO NOTHING;
CREATE TABLE conversation_references_315 (
    member_key        TEXT    NOT NULL,
    key               TEXT    NOT NULL,
    channel_id        TEXT    NOT NULL,
    user_id           TEXT,
    user_name         TEXT,
    route             BIGINT  NOT NULL,
    is_group          INTEGER NOT NULL,
    locale            TEXT,
    conversation_type TEXT,
    tenant_id         TEXT,
    extra             TEXT,
    updated_at        BIGINT  NOT NULL,
    CONSTRAINT pk_conversation_references PRIMARY KEY (member_key, key)
);
INSERT INTO conversation_references_315
    SELECT CASE WHEN r.is_group = 0 AND COALESCE(r.user_id, '') <> '' THEN r.channel_id || '/' || r.user_id ELSE r.key END,
           r.key, r.channel_id, r.j #>> '{user,id}', r.j #>> '{user,name}', t.id, r.is_group,
           r.j ->> 'locale', r.j #>> '{conversation,conversationType}', r.j #>> '{conversation,tenantId}',
           CASE WHEN EXISTS (SELECT 1 FROM jsonb_object_keys(r.j) k
                             WHERE k NOT IN ('activityId', 'user', 'bot', 'conversation', 'channelId', 'serviceUrl', 'locale'))
                  OR (jsonb_typeof(r.j -> 'user') = 'object' AND EXISTS (SELECT 1 FROM jsonb_object_keys(r.j -> 'user') k WHERE k NOT IN ('id', 'name')))
                  OR (jsonb_typeof(r.j -> 'bot') = 'object' AND EXISTS (SELECT 1 FROM jsonb_object_keys(r.j -> 'bot') k WHERE k NOT IN ('id', 'name')))
                  OR (jsonb_typeof(r.j -> 'conversation') = 'object' AND EXISTS (SELECT 1 FROM jsonb_object_keys(r.j -> 'conversation') k
                      WHERE k NOT IN ('id', 'isGroup', 'conversationType', 'tenantId')))
                THEN (r.j - 'activityId')::text END,
           r.updated_at
    FROM (SELECT c.*, c.json::jsonb AS j FROM conversation_references c) r
    JOIN reference_routes t ON t.service_url = COALESCE(r.j ->> 'serviceUrl', '')
        AND t.bot_id = COALESCE(r.j #>> '{bot,id}', '') AND t.bot_name = COALESCE(r.j #>> '{bot,name}', '');
DROP TABLE conversation_references;
ALTER TABLE conversation_references_315 RENAME TO conversation_references;
