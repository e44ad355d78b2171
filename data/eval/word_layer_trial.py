#!/usr/bin/env python3
"""Trial of a word-feature evaluation layer on the team's German actor-level gold (docs/validation-sentiment.md).

Where the stacked trial (stacked_trial.py) gave a layer only Slant's own cues, this one gives it the words: for each
matched article-actor pair, the sentences of the article that name the actor (any gold surface), with the actor's
surfaces masked, as binary unigrams and bigrams (at least 3 pairs), plus Slant's summed evidence and its label. A
multinomial logistic regression is trained on dev and test together, 5 folds grouped by article (GroupKFold), and may
only make a neutral rule label polar, when its out-of-fold probability passes a threshold (issue item 4). Prints, per
setting and set, macro-F1 beside the rules and the added decisions, right and wrong.

  pip install --retries 0 scikit-learn        # from the local wheel index
  python3 data/eval/word_layer_trial.py /tmp/actors-de-dev.jsonl /tmp/pairs-dev.jsonl \
      /tmp/actors-de-test.jsonl /tmp/pairs-test.jsonl
"""
import collections
import json
import re
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

CLASSES = ("negative", "neutral", "positive")
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


def load(gold_path, pairs_path, split):
    """Matched pairs of one set with the masked sentences that name the actor."""
    articles = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            articles[d["article"]["id"]] = d
    rows = []
    with open(pairs_path, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            d = articles.get(p["article"]) if p.get("slant_actor") else None
            actor = [a for a in d["actors"] if a["actor"] == p["actor"]] if d else []
            if not actor:
                continue
            surfaces = set(actor[0]["surfaces"]) | {actor[0]["actor"]}
            text = (d["article"].get("title") or "") + "\n" + d["article"]["text"]
            context = " ".join(s for s in SENTENCE_END.split(text) if any(x in s for x in surfaces))
            for x in sorted(surfaces, key=len, reverse=True):
                context = context.replace(x, " ACTOR ")
            rows.append({"split": split, "article": p["article"], "gold": p["gold_outlet"], "rule": p["polarity"],
                         "sentiment": p["sentiment"], "context": context})
    return rows


def f1(gold, pred, c):
    tp = sum(1 for a, b in zip(gold, pred) if a == c == b)
    pp, gp = sum(1 for b in pred if b == c), sum(1 for a in gold if a == c)
    precision, recall = (tp / pp if pp else 0.0), (tp / gp if gp else 0.0)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(dev_gold, dev_pairs, test_gold, test_pairs):
    rows = load(dev_gold, dev_pairs, "dev") + load(test_gold, test_pairs, "test")
    y = np.array([r["gold"] for r in rows])
    groups = np.array([r["article"] for r in rows])
    words = CountVectorizer(lowercase=True, ngram_range=(1, 2), min_df=3, binary=True,
                            token_pattern=r"(?u)\b\w\w+\b").fit_transform([r["context"] for r in rows])
    own = csr_matrix(np.array([[r["sentiment"], r["rule"] == "negative", r["rule"] == "positive"] for r in rows],
                              dtype=float))
    x = hstack([words, own]).tocsr()
    print(f"{len(rows)} matched pairs")
    for c in (0.1, 0.3, 1.0):
        prob = np.zeros((len(rows), 3))
        for train, held in GroupKFold(5).split(x, y, groups):
            model = LogisticRegression(C=c, max_iter=2000).fit(x[train], y[train])
            prob[held] = model.predict_proba(x[held])
        order = list(model.classes_)
        for threshold in (0.5, 0.7, 0.8):
            pred, added = [], collections.Counter()
            for r, pr, gold in zip(rows, prob, y):
                label = r["rule"]
                for polar in ("negative", "positive"):
                    if label == "neutral" and pr[order.index(polar)] >= threshold:
                        label = polar
                        added[(r["split"], polar, "right" if gold == polar else "wrong")] += 1
                pred.append(label)
            for split in ("dev", "test"):
                idx = [i for i, r in enumerate(rows) if r["split"] == split]
                gold = [y[i] for i in idx]
                macro = np.mean([f1(gold, [pred[i] for i in idx], k) for k in CLASSES])
                rules = np.mean([f1(gold, [rows[i]["rule"] for i in idx], k) for k in CLASSES])
                print(f"C={c} threshold={threshold} {split}: macro-F1 {macro:.3f} (rules {rules:.3f})")
            print("  added:", dict(sorted(added.items())))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
