"""Checks the evaluation set: format, label names, counts, tag shares, no duplicates, split = full set."""
import collections, sys, pathlib
HERE = pathlib.Path(__file__).parent
FAQ = """benefits mutual-aid mutual-aid-join mutual-aid-claim member-card member-card-apply member-card-lost hardship
warmth nursing-room legal-aid wage-arrears arbitration hotline-12351 workers-home outdoor-station cancer-screening
health-checkup counselling singles skills-training career-boost labour-competition innovation-competition join-union
clubs signup-howto""".split()
CLUB = "chess yoga calligraphy photography taichi tennis dance crafts".split()
INTENT = """activities signup cancelsignup mysignups checkin subscribe unsubscribe help greeting thanks handoff endhandoff
cancel""".split()
NOACT = "signup cancelsignup checkin unsubscribe leavegroup".split()
LABELS = ({f"faq:{x}" for x in FAQ} | {f"club:club-{x}" for x in CLUB} | {f"intent:{x}" for x in INTENT}
          | {f"noact:{x}" for x in NOACT} | {"none"})
KINDS = {"slip", "colloq", "situation", "long", "mixed"}
TAGS = KINDS | {"en", "plain", "two"}

def read(name):
    rows, errors = [], []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(p.strip() == p and p for p in parts):
            errors.append(f"{name}:{n}: malformed"); continue
        utt, label, tags = parts
        tags = tags.split(",")
        labels = label.split("|")
        if len(labels) > 2 or any(l not in LABELS for l in labels):
            errors.append(f"{name}:{n}: unknown label {label}")
        if any(t not in TAGS for t in tags) or len(set(tags)) != len(tags):
            errors.append(f"{name}:{n}: bad tags {tags}")
        if ("two" in tags) != (len(labels) == 2):
            errors.append(f"{name}:{n}: 'two' tag must go with exactly two labels")
        if "plain" in tags and KINDS & set(tags):
            errors.append(f"{name}:{n}: plain together with a kind")
        if not (KINDS | {"plain"}) & set(tags):
            errors.append(f"{name}:{n}: no kind tag")
        if "long" in tags and not 40 <= len(utt) <= 150:
            errors.append(f"{name}:{n}: long utterance has {len(utt)} chars")
        if "en" in tags and sum(c.isascii() and c.isalpha() for c in utt) < 2:
            errors.append(f"{name}:{n}: en without English")
        rows.append((utt, label, tags))
    return rows, errors

def key(utt):
    return "".join(utt.lower().split())

def main():
    rows, errors = read("all.tsv")
    seen = {}
    for utt, label, _ in rows:
        if key(utt) in seen:
            errors.append(f"duplicate: {utt} ({label} / {seen[key(utt)]})")
        seen[key(utt)] = label
    by = collections.defaultdict(list)
    for utt, label, tags in rows:
        by["two" if "|" in label else label].append(tags)
    for label in sorted(LABELS | {"two"}):
        tags = by.get(label, [])
        need = {"none": 110, "two": 24}.get(label, 20 if label.startswith("noact:") else 22)
        special = sum(bool(KINDS & set(t)) for t in tags)
        en = sum("en" in t for t in tags)
        if len(tags) < need:
            errors.append(f"{label}: {len(tags)} lines < {need}")
        if tags and special < 0.4 * len(tags):
            errors.append(f"{label}: only {special}/{len(tags)} slip/colloq/situation/long/mixed")
        if tags and label != "two" and not 0.2 <= en / len(tags) <= 0.35:
            errors.append(f"{label}: en share {en}/{len(tags)}")
    noact = sum(len(v) for k, v in by.items() if k.startswith("noact:"))
    if noact < 110:
        errors.append(f"noact: {noact} lines < 110")
    if (HERE / "dev.tsv").exists():
        dev, e1 = read("dev.tsv"); test, e2 = read("test.tsv")
        errors += e1 + e2
        if sorted(dev + test) != sorted(rows) or set(map(tuple, [(u, l) for u, l, _ in dev])) & set((u, l) for u, l, _ in test):
            errors.append("dev.tsv + test.tsv is not a partition of all.tsv")
    print("\n".join(errors) or f"OK: {len(rows)} lines, {len(by)} label groups, {noact} noact")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
