#!/usr/bin/env python3
# Slant — a precision check of article-level labels on unseen articles (GPL-3.0-or-later).
#
#   python3 data/eval/precision_check.py data/eval/precision-zeit-de.jsonl
#   python3 data/eval/precision_check.py data/eval/precision-gnad-de.jsonl
#
# The file holds one line per checked article–actor row of a Slant run: a pointer to the article (corpus, key), the
# actor, the label Slant gave it (`slant`: polarity, the outlet's evaluation) and the `outlet` labels of two team
# annotators who judged each row alone from the text and the guide, without Slant's label (negative, positive and
# neutral rows mixed and shuffled; different rows may have different pairs of annotators). It prints Cohen's kappa of
# each row's two labels, and per annotator and on the rows both label alike: the precision of Slant's negative and
# positive labels and the share of Slant-neutral rows the annotators label polar (a sample of neutral rows, so a
# recall indication, not the gold-neutral share).
import collections, json, sys

LABELS = ("negative", "neutral", "positive")


def kappa(a, b):
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = collections.Counter(a), collections.Counter(b)
    expected = sum(ca[l] * cb[l] for l in LABELS) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def shares(rows, judge):
    conf = collections.Counter((r["slant"], judge(r)) for r in rows if judge(r) is not None)
    def precision(label):
        total = sum(conf[(label, g)] for g in LABELS)
        return {"right": conf[(label, label)], "of": total, "precision": round(conf[(label, label)] / total, 3) if total else None}
    neutral = sum(conf[("neutral", g)] for g in LABELS)
    polar = conf[("neutral", "negative")] + conf[("neutral", "positive")]
    return {"negative": precision("negative"), "positive": precision("positive"),
            "neutral_rows_judged_polar": {"rows": polar, "of": neutral,
                                          "share": round(polar / neutral, 3) if neutral else None}}


FIELDS = ("corpus", "key", "actor", "actor_id", "slant")


def annotators(row):
    """The row's two annotator columns, in file order (a file may give different rows to different pairs)."""
    names = [k for k in row if k not in FIELDS]
    if len(names) != 2:
        raise SystemExit(f"a row needs two annotator labels: {row}")
    return names


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    pairs = [tuple(r[n] for n in annotators(r)) for r in rows]
    out = {"file": path, "rows": len(rows),
           "slant_labels": dict(collections.Counter(r["slant"] for r in rows)),
           "kappa": round(kappa([a for a, _ in pairs], [b for _, b in pairs]), 3)}
    for name in dict.fromkeys(n for r in rows for n in annotators(r)):
        out[name] = shares(rows, lambda r, n=name: r.get(n))
    out["agreed"] = shares(rows, lambda r: r[annotators(r)[0]] if len({r[n] for n in annotators(r)}) == 1 else None)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: precision_check.py FILE")
    main(sys.argv[1])
