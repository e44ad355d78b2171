#!/usr/bin/env python3
"""Trial of a bag-of-words evaluation layer on the team's German actor-level set (docs/validation-sentiment.md).

For each matched article-actor pair of `jobs/slant eval --format actors --predictions FILE`, the sentences of the
gold article that name the actor (by any gold surface; the names masked as ACTOR) become a TF-IDF vector; a
logistic regression (balanced classes) learns gold `outlet` negative against the rest, cross-validated five-fold,
grouped by article. The layer may only turn a neutral rule label negative, above a probability threshold (issue item
4). Prints, per threshold, the out-of-fold macro-F1, precision and recall of `negative` and the share of gold-neutral
pairs labelled polar, beside the rule labels, on all pairs and on the main actors (named in the title or at least 3
times).

  pip install --retries 0 scikit-learn        # from the local wheel index
  python3 data/eval/lexical_trial.py GOLD_1.jsonl PAIRS_1.jsonl [GOLD_2.jsonl PAIRS_2.jsonl ...] [--C 1.0]
"""
import json
import re
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import GroupKFold

LABELS = ["negative", "neutral", "positive"]
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


def load(gold_file, pairs_file):
    gold = {}
    for line in open(gold_file, encoding="utf-8"):
        d = json.loads(line)
        gold[d["article"]["id"]] = d
    rows = []
    for line in open(pairs_file, encoding="utf-8"):
        p = json.loads(line)
        if not p.get("slant_actor"):
            continue  # the evaluation scores matched actors only
        a = gold[p["article"]]
        text = a["article"]["title"] + ". " + a["article"]["text"]
        actor = next(x for x in a["actors"] if x["actor"] == p["actor"])
        names = sorted(set(actor["surfaces"] + [actor["actor"]]), key=len, reverse=True)
        sentences = " ".join(s for s in SENTENCE_END.split(text) if any(n in s for n in names))
        for n in names:
            sentences = sentences.replace(n, " ACTOR ")
        main = any(n in a["article"]["title"] for n in names) or sum(text.count(n) for n in names) >= 3
        rows.append({"article": p["article"], "gold": p["gold_outlet"], "rules": p["polarity"] or "neutral",
                     "text": sentences, "main": main})
    return rows


def score(rows, labels, selection):
    g = [rows[i]["gold"] for i in selection]
    p = [labels[i] for i in selection]
    neutral = [i for i, x in enumerate(g) if x == "neutral"]
    return "macro-F1 %.3f  P(neg) %.2f  R(neg) %.2f  neutral->polar %.3f" % (
        f1_score(g, p, labels=LABELS, average="macro", zero_division=0),
        precision_score(g, p, labels=["negative"], average="macro", zero_division=0),
        recall_score(g, p, labels=["negative"], average="macro", zero_division=0),
        sum(1 for i in neutral if p[i] != "neutral") / max(1, len(neutral)))


def main(argv):
    c = 1.0
    if "--C" in argv:
        k = argv.index("--C")
        c = float(argv[k + 1])
        argv = argv[:k] + argv[k + 2:]
    rows = []
    for gold_file, pairs_file in zip(argv[0::2], argv[1::2]):
        rows += load(gold_file, pairs_file)
    y = np.array([r["gold"] == "negative" for r in rows])
    texts = [r["text"] for r in rows]
    oof = np.zeros(len(rows))
    for train, test in GroupKFold(5).split(texts, y, [r["article"] for r in rows]):
        vec = TfidfVectorizer(min_df=3, sublinear_tf=True, token_pattern=r"(?u)\b\w\w\w+\b")
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
        model.fit(vec.fit_transform([texts[i] for i in train]), y[train])
        oof[test] = model.predict_proba(vec.transform([texts[i] for i in test]))[:, 1]
    rules = [r["rules"] for r in rows]
    for name, selection in [("all", range(len(rows))), ("main actors", [i for i, r in enumerate(rows) if r["main"]])]:
        print("%s (%d pairs), rules: %s" % (name, len(selection), score(rows, rules, selection)))
        for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
            layered = [x if x != "neutral" or oof[i] <= threshold else "negative" for i, x in enumerate(rules)]
            print("  threshold %.1f: %s" % (threshold, score(rows, layered, selection)))


if __name__ == "__main__":
    main(sys.argv[1:])
