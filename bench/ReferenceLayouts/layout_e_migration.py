"""Layout E's SQLite migration (schema 315, read from src/Core/Schema/Sqlite; bench/README.md, ref27 and refE28), checked
by a round trip. It builds a file of old-shape conversation_references (JSON documents of the shapes the channels
write, some with properties only [JsonExtensionData] keeps), migrates it to one WITHOUT ROWID B-tree keyed by
(member_key, key) with small columns, rebuilds every document from the columns, and compares it with the old one
(parsed; the first message's activity id, which nothing reads, is dropped).
Usage: python3 layout_e_migration.py
"""
import json, pathlib, random, sqlite3

OLD = """
CREATE TABLE conversation_references (key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
    user_id TEXT, service_url TEXT, is_group INTEGER NOT NULL, json TEXT NOT NULL, updated_at BIGINT NOT NULL);
CREATE INDEX ix_conversation_references_user ON conversation_references (channel_id, user_id);
"""

# The service's own migration (schema 315), so this round trip checks what ships.
MIGRATION = (pathlib.Path(__file__).resolve().parents[2] / "src/Core/Schema/Sqlite/315_reference_by_member.sql").read_text(encoding="utf-8")


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
