"""Prints the per-label and per-tag counts of all.tsv, dev.tsv and test.tsv as Markdown tables (for README.md)."""
import collections, pathlib
HERE = pathlib.Path(__file__).parent
KINDS = ["slip", "colloq", "situation", "long", "mixed"]
FILES = ["all", "dev", "test"]

def rows(name):
    for line in (HERE / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            utt, label, tags = line.split("\t")
            yield ("two-question (A\\|B)" if "|" in label else label), tags.split(",")

def main():
    per_label = {f: collections.defaultdict(list) for f in FILES}
    for f in FILES:
        for label, tags in rows(f):
            per_label[f][label].append(tags)
    print("| label | all | dev | test | kinds % (all) | en % (all) |\n|---|---:|---:|---:|---:|---:|")
    for label in sorted(per_label["all"]):
        t = per_label["all"][label]
        kinds = sum(bool(set(KINDS) & set(x)) for x in t)
        en = sum("en" in x for x in t)
        print(f"| `{label}` | {len(t)} | {len(per_label['dev'][label])} | {len(per_label['test'][label])} "
              f"| {100 * kinds // len(t)} | {100 * en // len(t)} |")
    print(f"| **total** | {sum(map(len, per_label['all'].values()))} | {sum(map(len, per_label['dev'].values()))} "
          f"| {sum(map(len, per_label['test'].values()))} | | |")
    print("\n| tag | all | dev | test |\n|---|---:|---:|---:|")
    for tag in KINDS + ["plain", "en", "two"]:
        counts = [sum(tag in x for v in per_label[f].values() for x in v) for f in FILES]
        print(f"| `{tag}` | " + " | ".join(map(str, counts)) + " |")

if __name__ == "__main__":
    main()
