"""Splits all.tsv once into dev.tsv and test.tsv: within each label (all two-question lines form one group),
shuffle with random.Random(f"17/{label}") and deal the lines alternately to dev and test, the first one going to
dev for even-numbered groups and to test for odd-numbered ones (groups in sorted order). Each half keeps the line
order of all.tsv."""
import collections, pathlib, random
HERE = pathlib.Path(__file__).parent
SEED = 17

def main():
    lines = [l for l in (HERE / "all.tsv").read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    groups = collections.defaultdict(list)
    for i, line in enumerate(lines):
        label = line.split("\t")[1]
        groups["two" if "|" in label else label].append(i)
    half = {}
    for g, name in enumerate(sorted(groups)):
        idx = groups[name][:]
        random.Random(f"{SEED}/{name}").shuffle(idx)
        for k, i in enumerate(idx):
            half[i] = "dev" if (k + g) % 2 == 0 else "test"
    for name, purpose in (("dev", "tune only on this half"), ("test", "for reporting only; never tune on it")):
        head = [f"# EngageBot evaluation set, {name} half ({purpose}). Made by split.py (seed {SEED}) from all.tsv.",
                "# Columns: utterance<TAB>label<TAB>tags (comma-separated). See README.md."]
        body = [l for i, l in enumerate(lines) if half[i] == name]
        (HERE / f"{name}.tsv").write_text("\n".join(head + body) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
