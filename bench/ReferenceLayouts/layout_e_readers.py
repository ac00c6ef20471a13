"""Layout E's readers and its outbox migration, checked offline (bench/README.md, refE28): applied nowhere.
1. Every reader of conversation_references, rewritten for layout E (given the reference's member), must be a SEARCH
   by the primary key in EXPLAIN QUERY PLAN, never a SCAN of the references (the member count is the one full pass,
   as it was before).
2. The outbox needs the reference's own member beside reference_key: a roster member with a bound account is reached
   at the account's 1:1 (member_key = the roster member, reference_key = the account's chat). The migration fills
   outbox.reference_member from the old table, and a row queued before it (a reply with its document, a notice by
   key, a notice to a bound account, a waiting row) still finds its reference after it.
3. The same holds for every other stored conversation a reference is later looked up by, where the row's member is
   not the reference's: a sign-up made from a group, or by a bound account acting as its roster member
   (signups.conversation_key, read back for promotions, cancellations and activity changes), and a hand-off ticket
   (its conversation, member_id the sender's id). Each gets the reference's member beside it, filled the same way.
Usage: python3 layout_e_readers.py
"""
import sqlite3

from layout_e_migration import MIGRATION, OLD

OUTBOX_OLD = """
CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL, kind TEXT NOT NULL,
    member_key TEXT NOT NULL, reference_key TEXT, reference_json TEXT, status TEXT NOT NULL, next_attempt_at BIGINT NOT NULL);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at, id);
CREATE INDEX ix_outbox_conversation ON outbox (reference_key, id) WHERE status IN ('pending', 'sending');
CREATE INDEX ix_outbox_waiting ON outbox (reference_key) WHERE status = 'waiting';
"""

OTHERS_OLD = """
CREATE TABLE signups (id INTEGER PRIMARY KEY AUTOINCREMENT, member_key TEXT NOT NULL, conversation_key TEXT);
CREATE TABLE handoff_tickets (id TEXT PRIMARY KEY, conversation_key TEXT NOT NULL, member_id TEXT);
"""

# Runs before MIGRATION drops the old table: the reference's member as the new key's first column computes it.
OUTBOX_MIGRATION = """
ALTER TABLE outbox ADD COLUMN reference_member TEXT;
UPDATE outbox SET reference_member = (
    SELECT CASE WHEN r.is_group = 0 AND r.user_id IS NOT NULL THEN r.channel_id || '/' || r.user_id ELSE r.key END
    FROM conversation_references r WHERE r.key = outbox.reference_key)
WHERE reference_key IS NOT NULL;
""" + "".join(f"""
ALTER TABLE {table} ADD COLUMN conversation_member TEXT;
UPDATE {table} SET conversation_member = (
    SELECT CASE WHEN r.is_group = 0 AND r.user_id IS NOT NULL THEN r.channel_id || '/' || r.user_id ELSE r.key END
    FROM conversation_references r WHERE r.key = {table}.conversation_key)
WHERE conversation_key IS NOT NULL;
""" for table in ("signups", "handoff_tickets"))

READERS = {
    "outbox claim (SQLite)": """
        SELECT o.id, COALESCE(o.reference_json, r.extra), r.user_id, r.user_name, t.service_url, t.bot_id, t.bot_name
        FROM outbox o LEFT JOIN conversation_references r ON r.member_key = o.reference_member AND r.key = o.reference_key
        LEFT JOIN reference_routes t ON t.id = r.route
        WHERE o.status = 'pending' AND o.next_attempt_at <= 1
        ORDER BY o.next_attempt_at, o.id LIMIT 50""",
    "WaitingDeliveries sweep": """
        UPDATE outbox SET status = 'pending' WHERE status = 'waiting' AND EXISTS (SELECT 1 FROM conversation_references r
            WHERE r.member_key = outbox.reference_member AND r.key = outbox.reference_key)""",
    "GetReferenceAsync (member given)": """
        SELECT r.user_id, r.user_name, r.is_group, r.locale, r.conversation_type, r.tenant_id, r.extra, t.service_url, t.bot_id, t.bot_name
        FROM conversation_references r JOIN reference_routes t ON t.id = r.route WHERE r.member_key = 'emulator/u1' AND r.key = 'emulator/c-1'""",
    "KnownDirectAsync (pairs)": """
        SELECT key FROM conversation_references WHERE is_group = 0
            AND ((member_key = 'emulator/u1' AND key = 'emulator/c-1') OR (member_key = 'wechat/u2' AND key = 'wechat/c-2'))""",
    # Not "(member_key, key) IN (VALUES ...)": SQLite scans the table for that (checked: SCAN conversation_references).
    "DirectPageAsync (by (member, key))": """
        SELECT member_key, key, user_id FROM conversation_references WHERE is_group = 0 AND user_id IS NOT NULL
            AND (member_key, key) > ('emulator/u1', 'emulator/c-1') ORDER BY member_key, key LIMIT 500""",
    "LatestDirectAsync (range of the member)": """
        SELECT key FROM conversation_references WHERE member_key = 'emulator/u1' AND is_group = 0 ORDER BY updated_at DESC LIMIT 1""",
    "export (the subject's member)": """
        SELECT key, channel_id, user_id, user_name, is_group, extra, updated_at FROM conversation_references WHERE member_key = 'emulator/u1' ORDER BY key""",
    "erasure (the subject's member)": """
        DELETE FROM conversation_references WHERE member_key = 'emulator/u1'""",
    "service urls (the routes)": """
        SELECT DISTINCT service_url FROM reference_routes WHERE service_url <> ''""",
}


def plan(db, sql):
    return [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql)]


db = sqlite3.connect(":memory:")
db.executescript(OLD + OUTBOX_OLD + OTHERS_OLD)
doc = '{{"user":{{"id":"{u}"}},"bot":{{"id":"bot"}},"conversation":{{"id":"{c}"}},"channelId":"{ch}","serviceUrl":"http://127.0.0.1:3978/"}}'
for ch, c, u in (("emulator", "c-1", "u1"), ("emulator", "c-9", "u1"), ("engagebot", "m_acct", "m_acct_user"), ("wechat", "c-2", "u2")):
    db.execute("INSERT INTO conversation_references VALUES (?, ?, ?, ?, ?, 0, ?, 1)",
               (f"{ch}/{c}", ch, c, u, "http://127.0.0.1:3978/", doc.format(u=u, c=c, ch=ch)))
db.execute("""INSERT INTO conversation_references VALUES ('emulator/g-1', 'emulator', 'g-1', NULL, 'http://127.0.0.1:3978/', 1,
              '{"bot":{"id":"bot"},"conversation":{"id":"g-1","isGroup":true},"channelId":"emulator","serviceUrl":"http://127.0.0.1:3978/"}', 1)""")
queued = [  # (idempotency key, kind, member_key, reference_key, reference_json, status)
    ("reply", "message", "emulator/u1", "emulator/c-1", doc.format(u="u1", c="c-1", ch="emulator"), "pending"),
    ("notice", "notice", "emulator/u1", "emulator/c-9", None, "pending"),
    ("bound", "notice", "engagebot/m_1001", "engagebot/m_acct", None, "pending"),  # roster member, reached at the bound account's chat
    ("group", "notice", "emulator/g-1", "emulator/g-1", None, "pending"),
    ("waiting", "message", "wechat/u2", "wechat/c-2", doc.format(u="u2", c="c-2", ch="wechat"), "waiting"),
]
db.executemany("INSERT INTO outbox (idempotency_key, kind, member_key, reference_key, reference_json, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0)", queued)
db.executemany("INSERT INTO signups (member_key, conversation_key) VALUES (?, ?)", [
    ("emulator/u1", "emulator/c-1"),             # signed up in their own 1:1
    ("emulator/u1", "emulator/g-1"),             # signed up from a group with no 1:1 yet: told in the group
    ("engagebot/m_1001", "engagebot/m_acct"),    # a bound account acting as its roster member: told at the account's chat
])
db.execute("INSERT INTO handoff_tickets VALUES ('t1', 'wechat/c-2', 'u2')")
db.executescript(OUTBOX_MIGRATION + MIGRATION)

failed = []
for name, sql in READERS.items():
    steps = plan(db, sql)
    # A SCAN of the references (as "r" or by name) fails; the routes table (a row per serviceUrl and bot) may be read whole.
    ok = not [s for s in steps if s.split(" ")[:2] in (["SCAN", "r"], ["SCAN", "conversation_references"])]
    print(f"{'ok ' if ok else 'BAD'} {name}: {' | '.join(steps)}")
    if not ok:
        failed.append(name)

claimed = db.execute("""SELECT o.idempotency_key, r.key FROM outbox o LEFT JOIN conversation_references r
    ON r.member_key = o.reference_member AND r.key = o.reference_key ORDER BY o.id""").fetchall()
print("after the migration, each queued row's reference:", claimed)
unreached = [k for k, ref in claimed if ref is None]
bound = db.execute("SELECT reference_member FROM outbox WHERE idempotency_key = 'bound'").fetchone()[0]
swept = db.execute(READERS["WaitingDeliveries sweep"]).rowcount
print(f"bound account's row: member_key engagebot/m_1001, reference_member {bound}; waiting rows released by the sweep: {swept}")
others = db.execute("""
    SELECT s.member_key, r.key FROM signups s LEFT JOIN conversation_references r ON r.member_key = s.conversation_member AND r.key = s.conversation_key
    UNION ALL SELECT h.member_id, r.key FROM handoff_tickets h LEFT JOIN conversation_references r ON r.member_key = h.conversation_member AND r.key = h.conversation_key
    """).fetchall()
print("sign-ups and the hand-off ticket, each row's reference:", others)
unreached += [m for m, ref in others if ref is None]
assert not failed and not unreached and bound == "engagebot/m_acct_user" and swept == 1
