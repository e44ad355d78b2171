#!/usr/bin/env python3
"""Trial of a trained evaluation layer on the team's German actor-level dev set (docs/validation-sentiment.md).

Reads the per-pair predictions of `jobs/slant eval --format actors --predictions FILE` (gold labels, Slant's labels
and every cue with its rule and relation), builds per article-actor features from Slant's own cues (relation x sign
sums, evaluation cues by rule family, the trained mention scores, Slant's labels), and trains a multinomial logistic
regression cross-validated by article (5 folds, GroupKFold). Within the folds, the model may only make a neutral rule
label polar, and only when its probability passes a threshold (issue item 4: the trained layer adds polar labels at
high precision). Prints the out-of-fold macro-F1 and precision of `negative` per setting beside the rule labels.

  pip install --retries 0 scikit-learn        # from the local wheel index
  python3 data/eval/stacked_trial.py /tmp/pairs-dev.jsonl
"""
import collections
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

RELATIONS = ["evaluation", "holder", "affected", "stance", "topic", "context"]
FAMILIES = ["label", "modifier:amod", "predicate:nsubj", "predicate:amod", "frame:nsubj", "clause", "in-mention",
            "predicate:nmod"]
LABELS = {"negative": 0, "neutral": 1, "positive": 2}


def family(rule):
    while rule.startswith("conjunct:"):
        rule = rule[len("conjunct:"):]
    if rule.startswith("clause"):
        return "clause"
    return rule if rule in FAMILIES else "other"


def features(p):
    f = collections.defaultdict(float)
    for c in p["cues"]:
        w = c["weight"]
        sign = "neg" if w < 0 else "pos"
        if c["relation"] in RELATIONS:
            f[c["relation"] + ":" + sign] += abs(w)
        if c["relation"] == "evaluation":
            f["evaluation:" + family(c["rule"]) + ":" + sign] += abs(w)
        if c["rule"].startswith("trained:sentiment"):
            f["model:" + sign] += abs(w)
    for k in ("polarity", "tone_polarity", "overall_polarity", "baseline"):
        f[k + "=" + str(p.get(k))] = 1.0
    return f


def main(path):
    pairs = [p for p in map(json.loads, open(path, encoding="utf-8")) if p["polarity"]]
    feats = [features(p) for p in pairs]
    keys = sorted({k for f in feats for k in f})
    x = np.array([[f.get(k, 0.0) for k in keys] for f in feats])
    y = np.array([LABELS[p["gold_outlet"]] for p in pairs])
    rules = np.array([LABELS[p["polarity"]] for p in pairs])
    groups = [p["article"] for p in pairs]

    def report(name, pred):
        predicted_neg = (pred == 0).sum()
        p_neg = ((pred == 0) & (y == 0)).sum() / predicted_neg if predicted_neg else 0.0
        print(f"{name:28s} macro-F1 {f1_score(y, pred, average='macro'):.3f}  P(neg) {p_neg:.3f}  "
              f"negative {predicted_neg}  positive {(pred == 2).sum()}")

    report("rules (Slant polarity)", rules)
    for c in (0.1, 0.3, 1.0):
        oof = np.zeros((len(pairs), 3))
        for train, test in GroupKFold(5).split(x, y, groups):
            model = LogisticRegression(C=c, max_iter=2000).fit(x[train], y[train])
            oof[test] = model.predict_proba(x[test])
        for tau in (0.5, 0.6, 0.7):
            pred = rules.copy()
            neutral = pred == 1
            pred[neutral & (oof[:, 0] >= tau)] = 0
            pred[neutral & (oof[:, 2] >= tau)] = 2
            report(f"C={c} threshold={tau}", pred)
        report(f"C={c} model alone", oof.argmax(axis=1))


if __name__ == "__main__":
    main(sys.argv[1])
