#!/usr/bin/env python3
# Slant — a precision check of article-level labels on unseen articles (GPL-3.0-or-later).
#
#   python3 data/eval/precision_check.py data/eval/precision-zeit-de.jsonl
#
# The file holds one line per checked article–actor row of a Slant run: a pointer to the article (corpus, key), the
# actor, the label Slant gave it (`slant`: polarity, the outlet's evaluation) and the `outlet` labels of two team
# annotators who judged each row alone from the text and the guide, without Slant's label (negative, positive and
# neutral rows mixed and shuffled). It prints Cohen's kappa of the two annotators, and per annotator and on the rows
# both label alike: the precision of Slant's negative and positive labels and the share of Slant-neutral rows the
# annotators label polar (a sample of neutral rows, so a recall indication, not the gold-neutral share).
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


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    first, second = [k for k in rows[0] if k not in ("corpus", "key", "actor", "actor_id", "slant")][:2]
    out = {"file": path, "rows": len(rows),
           "slant_labels": dict(collections.Counter(r["slant"] for r in rows)),
           "kappa": round(kappa([r[first] for r in rows], [r[second] for r in rows]), 3),
           first: shares(rows, lambda r: r[first]), second: shares(rows, lambda r: r[second]),
           "agreed": shares(rows, lambda r: r[first] if r[first] == r[second] else None)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: precision_check.py FILE")
    main(sys.argv[1])
