"""A sketch for the next session, not applied anywhere: layout E's SQLite migration (bench/README.md, ref27), checked
by a round trip. It builds a file of old-shape conversation_references (JSON documents of the shapes the channels
write, some with properties only [JsonExtensionData] keeps), migrates it to one WITHOUT ROWID B-tree keyed by
(member_key, key) with small columns, rebuilds every document from the columns, and compares it with the old one
(parsed; the first message's activity id, which nothing reads, is dropped).
Usage: python3 layout_e_migration.py
"""
import json, random, sqlite3

OLD = """
CREATE TABLE conversation_references (key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
    user_id TEXT, service_url TEXT, is_group INTEGER NOT NULL, json TEXT NOT NULL, updated_at BIGINT NOT NULL);
CREATE INDEX ix_conversation_references_user ON conversation_references (channel_id, user_id);
"""

# What a document holds that has a column; anything else keeps the whole document in `extra`.
KNOWN = ["$.activityId", "$.user.id", "$.user.name", "$.bot.id", "$.bot.name", "$.conversation.id",
         "$.conversation.isGroup", "$.conversation.conversationType", "$.conversation.tenantId", "$.channelId",
         "$.serviceUrl", "$.locale"]

MIGRATION = f"""
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
CREATE TABLE conversation_references_e (
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
INSERT INTO conversation_references_e
    SELECT CASE WHEN r.is_group = 0 AND r.user_id IS NOT NULL THEN r.channel_id || '/' || r.user_id ELSE r.key END,
           r.key, r.channel_id, json_extract(r.json, '$.user.id'), json_extract(r.json, '$.user.name'), t.id, r.is_group,
           json_extract(r.json, '$.locale'), json_extract(r.json, '$.conversation.conversationType'),
           json_extract(r.json, '$.conversation.tenantId'),
           CASE WHEN EXISTS (SELECT 1 FROM json_tree(r.json) j WHERE j.type NOT IN ('object')
                             AND j.fullkey NOT IN ({", ".join("'" + k + "'" for k in KNOWN)}))
                THEN json_remove(r.json, '$.activityId') END,
           r.updated_at
    FROM conversation_references r
    JOIN reference_routes t ON t.service_url = COALESCE(json_extract(r.json, '$.serviceUrl'), '')
        AND t.bot_id = COALESCE(json_extract(r.json, '$.bot.id'), '') AND t.bot_name = COALESCE(json_extract(r.json, '$.bot.name'), '');
DROP TABLE conversation_references;
ALTER TABLE conversation_references_e RENAME TO conversation_references;
"""


def rebuild(row):
    """The document from the columns, as Core's one helper would (extra, when present, is the document)."""
    key, channel, user_id, user_name, is_group, locale, ctype, tenant, extra, url, bot_id, bot_name = row
    if extra is not None:
        return json.loads(extra)
    doc = {}
    user = {k: v for k, v in (("id", user_id), ("name", user_name)) if v is not None}
    if user:
        doc["user"] = user
    bot = {k: v for k, v in (("id", bot_id), ("name", bot_name)) if v}
    if bot:
        doc["bot"] = bot
    conversation = {"id": key[len(channel) + 1:]}
    if is_group:
        conversation["isGroup"] = True
    for name, value in (("conversationType", ctype), ("tenantId", tenant)):
        if value is not None:
            conversation[name] = value
    doc["conversation"] = conversation
    doc["channelId"] = channel
    if url:
        doc["serviceUrl"] = url
    if locale is not None:
        doc["locale"] = locale
    return doc


def documents(count):
    random.seed(3)
    for i in range(count):
        channel = random.choice(["emulator", "msteams", "wechat", "wecom", "engagebot"])
        group = random.random() < 0.1
        conversation = f"{'g' if group else 'c'}-{i}"
        doc = {"user": {"id": f"u{i % 997}", "name": f"Member {i % 997}"}, "bot": {"id": "bot", "name": "小助手"},
               "conversation": {"id": conversation}, "channelId": channel,
               "serviceUrl": random.choice(["https://smba.trafficmanager.net/apac/", "http://127.0.0.1:3978/"])}
        if group:
            doc["conversation"]["isGroup"] = True
        if random.random() < 0.5:
            doc["locale"] = random.choice(["zh-CN", "en-US"])
        if random.random() < 0.3:
            doc["activityId"] = f"a{i}"  # old rows: dropped by the migration, read by nothing
        if channel == "msteams":
            doc["conversation"].update({"conversationType": "personal" if not group else "groupChat", "tenantId": "t-1"})
            if random.random() < 0.2:
                doc["user"]["aadObjectId"] = f"aad-{i}"  # no column: the document goes to extra
        if random.random() < 0.02:
            doc["conversation"]["properties"] = {"x": 1}  # [JsonExtensionData]
        yield channel, conversation, doc, group


if __name__ == "__main__":
    db = sqlite3.connect(":memory:")
    db.executescript(OLD)
    old = {}
    for channel, conversation, doc, group in documents(20000):
        key = f"{channel}/{conversation}"
        db.execute("INSERT INTO conversation_references VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (key, channel, conversation, None if group else doc["user"]["id"], doc["serviceUrl"], int(group),
                    json.dumps(doc, ensure_ascii=False, separators=(",", ":")), 1))
        doc.pop("activityId", None)
        old[key] = doc
    db.executescript(MIGRATION)
    rows = db.execute("""SELECT r.key, r.channel_id, r.user_id, r.user_name, r.is_group, r.locale, r.conversation_type,
        r.tenant_id, r.extra, t.service_url, t.bot_id, t.bot_name
        FROM conversation_references r JOIN reference_routes t ON t.id = r.route""").fetchall()
    mismatched = [row[0] for row in rows if rebuild(row) != old[row[0]]]
    extra = sum(1 for row in rows if row[8] is not None)
    routes = db.execute("SELECT COUNT(*) FROM reference_routes").fetchone()[0]
    print(f"{len(rows)} of {len(old)} rows migrated, {len(mismatched)} rebuilt differently, {extra} kept whole in extra, {routes} routes")
    assert len(rows) == len(old) and not mismatched
