-- Layout E (bench/README.md, ref27 and refE28): the conversation reference in one B-tree keyed by its member, with small
-- columns, instead of a rowid table with the JSON document and two indexes (key, and channel + user). A new reference
-- dirtied a leaf at a random place in each index; now it dirties one (WAL frames per new reference 2.95 -> 1.56
-- offline). member_key is {channel}/{user} for a 1:1 chat, the conversation key for a group (ReferenceColumns.MemberOf);
-- every reader gives the member (outbox.reference_member, signups.conversation_member: 313, 314). The serviceUrl and
-- bot are one small route id; the document is kept in extra only when it holds what no column does
-- (ReferenceColumns.From); the first message's activity id, read by nothing, is dropped.
CREATE TABLE reference_routes (
    id          INTEGER PRIMARY KEY,
    service_url TEXT NOT NULL,
    bot_id      TEXT NOT NULL,
    bot_name    TEXT NOT NULL,
    UNIQUE (service_url, bot_id, bot_name)
);
INSERT OR IGNORE INTO reference_routes (service_url, bot_id, bot_name)
    SELECT DISTINCT COALESCE(json_extract(json, '$.serviceUrl'), ''), COALESCE(json_extract(json, '$.bot.id'), ''),
           COALESCE(json_extract(json, '$.bot.name'), '')
    FROM conversation_references;
CREATE TABLE conversation_references_315 (
    member_key        TEXT    NOT NULL,
    key               TEXT    NOT NULL,
    channel_id        TEXT    NOT NULL,
    user_id           TEXT,
    user_name         TEXT,
    route             INTEGER NOT NULL,
    is_group          INTEGER NOT NULL,
    locale            TEXT,
    conversation_type TEXT,
    tenant_id         TEXT,
    extra             TEXT,
    updated_at        BIGINT  NOT NULL,
    PRIMARY KEY (member_key, key)
) WITHOUT ROWID;
INSERT INTO conversation_references_315
    SELECT CASE WHEN r.is_group = 0 AND COALESCE(r.user_id, '') <> '' THEN r.channel_id || '/' || r.user_id ELSE r.key END,
           r.key, r.channel_id, json_extract(r.json, '$.user.id'), json_extract(r.json, '$.user.name'), t.id, r.is_group,
           json_extract(r.json, '$.locale'), json_extract(r.json, '$.conversation.conversationType'),
           json_extract(r.json, '$.conversation.tenantId'),
           CASE WHEN EXISTS (SELECT 1 FROM json_tree(r.json) j WHERE j.type <> 'object'
                             AND j.fullkey NOT IN ('$.activityId', '$.user.id', '$.user.name', '$.bot.id', '$.bot.name',
                                 '$.conversation.id', '$.conversation.isGroup', '$.conversation.conversationType',
                                 '$.conversation.tenantId', '$.channelId', '$.serviceUrl', '$.locale'))
                THEN json_remove(r.json, '$.activityId') END,
           r.updated_at
    FROM conversation_references r
    JOIN reference_routes t ON t.service_url = COALESCE(json_extract(r.json, '$.serviceUrl'), '')
        AND t.bot_id = COALESCE(json_extract(r.json, '$.bot.id'), '') AND t.bot_name = COALESCE(json_extract(r.json, '$.bot.name'), '');
DROP TABLE conversation_references;
ALTER TABLE conversation_references_315 RENAME TO conversation_references;
