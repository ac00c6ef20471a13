"""WAL frames per new conversation reference, by B-tree, for candidate layouts of conversation_references.

Counted offline with Python's sqlite3 (WAL, 4 KiB pages, no checkpoint while measuring): a file of PRE references,
then NEW ones written PER to a commit; every frame's page is attributed to its B-tree with dbstat afterwards.
Usage: python3 reference_layouts.py [PRE] [NEW] [PER] [USERS] [bench|random]
  bench:  keys as TurnBench's fresh conversations ("emulator/conv-<run>-<user>-<turn>"), 500 users by default
  random: keys of 28 random characters (a channel's opaque conversation ids), not ordered by member
"""
import json, os, random, sqlite3, struct, sys, uuid

PRE, NEW, PER, USERS = (int(a) for a in (sys.argv[1:5] + ["20000", "12000", "5", "500"][len(sys.argv[1:5]):]))
SHAPE = sys.argv[5] if len(sys.argv) > 5 else "bench"
random.seed(7)
RUN = uuid.uuid4().hex[:8]
URL = "http://127.0.0.1:41234/"


def document(user, conversation):
    # what ActivityExtensions.GetReference stores for the bench's activities (~200 bytes)
    return json.dumps({"user": {"id": f"user-{user}", "name": f"Member {user}"}, "bot": {"id": "bot", "name": "bot"},
                       "conversation": {"id": conversation}, "channelId": "emulator", "serviceUrl": URL,
                       "locale": "zh-CN"}, separators=(",", ":"))


DOC_COLUMNS = "key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL, user_id TEXT, service_url TEXT, is_group INTEGER NOT NULL, json TEXT NOT NULL, updated_at BIGINT NOT NULL"
# columns instead of the document: the serviceUrl and bot interned (one small integer), the rest what a reply needs
SMALL_COLUMNS = "key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, user_id TEXT, user_name TEXT, route INTEGER NOT NULL, is_group INTEGER NOT NULL, locale TEXT, extra TEXT, updated_at BIGINT NOT NULL"
USER_INDEX = "CREATE INDEX ix_user ON r (channel_id, user_id);"


def doc_row(key, conversation, user, at):
    return (key, "emulator", conversation, f"user-{user}", URL, 0, document(user, conversation), at)


def small_row(key, conversation, user, at):
    return (key, "emulator", f"user-{user}", f"Member {user}", 1, 0, "zh-CN", None, at)


LAYOUTS = [
    ("A as now: rowid table, JSON document, key index, user index",
     f"CREATE TABLE r ({DOC_COLUMNS}); {USER_INDEX}", 8, doc_row),
    ("B small rows (~75 B): rowid table, key index, user index",
     f"CREATE TABLE r ({SMALL_COLUMNS}); {USER_INDEX}", 9, small_row),
    ("C small rows: WITHOUT ROWID keyed by key, user index",
     f"CREATE TABLE r ({SMALL_COLUMNS}) WITHOUT ROWID; {USER_INDEX}", 9, small_row),
    ("D JSON document: WITHOUT ROWID keyed by key, user index",
     f"CREATE TABLE r ({DOC_COLUMNS}) WITHOUT ROWID; {USER_INDEX}", 8, doc_row),
    ("E small rows: WITHOUT ROWID keyed by (channel, user, key), no index",
     "CREATE TABLE r (channel_id TEXT NOT NULL, user_id TEXT NOT NULL, key TEXT NOT NULL, user_name TEXT, route INTEGER NOT NULL, "
     "is_group INTEGER NOT NULL, locale TEXT, extra TEXT, updated_at BIGINT NOT NULL, PRIMARY KEY (channel_id, user_id, key)) WITHOUT ROWID;",
     9, lambda k, c, u, t: ("emulator", f"user-{u}", k, f"Member {u}", 1, 0, "zh-CN", None, t)),
    ("F JSON document: WITHOUT ROWID keyed by (member, key), no index",
     "CREATE TABLE r (member_key TEXT NOT NULL, key TEXT NOT NULL, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL, user_id TEXT, service_url TEXT, "
     "is_group INTEGER NOT NULL, json TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (member_key, key)) WITHOUT ROWID;",
     9, lambda k, c, u, t: (f"emulator/user-{u}",) + doc_row(k, c, u, t)),
]


def keys(count, start):
    out = []
    for i in range(start, start + count):
        user = random.randrange(USERS)
        conversation = f"conv-{RUN}-{user}-{i}" if SHAPE == "bench" else "".join(random.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=28))
        out.append((f"emulator/{conversation}", conversation, user))
    return out


def frames_by_tree(path):
    names = {}
    with open(path + "-wal", "rb") as wal:
        wal.seek(32)
        while header := wal.read(24):
            page = struct.unpack(">I", header[:4])[0]
            names[page] = names.get(page, 0) + 1
            wal.seek(4096, 1)
    return names


old, new = keys(PRE, 0), keys(NEW, PRE)
print(f"{PRE} references, then {NEW} new ones, {PER} to a commit, {USERS} members, {SHAPE} keys")
for name, ddl, width, row in LAYOUTS:
    path = "/tmp/reference-layouts.db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.executescript(ddl)
    insert = f"INSERT INTO r VALUES ({', '.join('?' * width)})"
    at = 1_700_000_000_000
    db.execute("BEGIN")
    for k, c, u in old:
        db.execute(insert, row(k, c, u, at))
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for j in range(0, len(new), PER):
        db.execute("BEGIN")
        for k, c, u in new[j:j + PER]:
            at += 1
            db.execute(insert, row(k, c, u, at))
        db.execute("COMMIT")
    pages = frames_by_tree(path)
    tree_of = dict(db.execute("SELECT pageno, name FROM dbstat"))
    db.close()
    by_tree = {}
    for page, count in pages.items():
        tree = {"r": "table", "ix_user": "user index", "sqlite_autoindex_r_1": "key index", "sqlite_schema": "page 1"}.get(tree_of.get(page, "?"), tree_of.get(page, "?"))
        by_tree[tree] = by_tree.get(tree, 0) + count
    size = os.path.getsize(path) // 1024 + 0
    detail = ", ".join(f"{t} {c / NEW:.2f}" for t, c in sorted(by_tree.items()))
    print(f"{name:70s} {sum(pages.values()) / NEW:5.2f} frames/ref ({detail})")
