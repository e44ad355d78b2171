#!/usr/bin/env python3
# Slant — the English actor-sentiment check on NewsMTSC article excerpts (GPL-3.0-or-later for this script and the
# labels it reads).
#
# ../shared holds no whole English news articles. NewsMTSC's training sentences (../shared/data/newsmtsc-train, MIT)
# carry their article in their id ("allsides_1000_401_25_…": article allsides_1000_401, sentence 25), so the sentences
# of one article, in order, make an excerpt of it. The labels file (data/eval/actor-sentiment-en.jsonl) stores the
# article key, the ids of the sentences joined, and the team's labels; this script rebuilds the texts:
#   select OUT_FILE N SEED [EXCLUDE]
#                      draws N articles with at least three distinct sentences (deterministic), none of the label
#                      files EXCLUDE (comma-separated), and writes the excerpts WITH texts to OUT_FILE (outside the
#                      repository; for annotators only)
#   build LABELS OUT   writes gold articles in the ACTOR-SENTIMENT format (language "en") to OUT
# Cohen's kappa of two label files: python3 data/eval/actor_sentiment_de.py kappa A B (it reads any language).
#
# The excerpts have no outlet or date in the corpus: outlet "newsmtsc", date 2018-06-01 (NewsMTSC's articles are of
# 2016–2019; the date only selects which office holders the actor catalogue knows).
import collections, json, os, random, sys

SHARED = os.environ.get("SLANT_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
OUTLET = "newsmtsc"
DATE = "2018-06-01"


def sentences():
    """Every training sentence by its primary id, and each article's sentence ids in sentence order (one per index)."""
    by_id = {}
    by_article = collections.defaultdict(dict)
    with open(os.path.join(SHARED, "newsmtsc-train", "train.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gid = d["primary_gid"]
            parts = gid.split("_")
            by_id[gid] = d["sentence_normalized"]
            by_article["_".join(parts[:3])].setdefault(int(parts[3]), gid)
    return by_id, {a: [v[i] for i in sorted(v)] for a, v in by_article.items()}


def excerpt(by_id, gids):
    return " ".join(by_id[g] for g in gids)


def excluded_keys(paths):
    """The article keys of label files (comma-separated; "" for none): JSON lines with "key", or pronoun TSVs with the
    key in column 2."""
    keys = set()
    for path in filter(None, paths.split(",")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if path.endswith(".tsv"):
                    if line.strip() and not line.startswith("#") and not line.startswith("corpus\t"):
                        keys.add(line.split("\t")[1])
                else:
                    keys.add(json.loads(line)["key"])
    return keys


def select(out_path, n, seed, exclude=""):
    """N excerpts of at least three sentences, none of the label files in EXCLUDE (excluded_keys)."""
    by_id, by_article = sentences()
    excluded = excluded_keys(exclude)
    keys = sorted(a for a, gids in by_article.items() if len(gids) >= 3 and a not in excluded)
    random.Random(seed).shuffle(keys)
    with open(out_path, "w", encoding="utf-8") as out:
        for a in keys[:n]:
            gids = by_article[a]
            out.write(json.dumps({"id": "newsmtsc:" + a, "corpus": "newsmtsc-train", "key": a, "sentence_gids": gids,
                                  "outlet": OUTLET, "date": DATE, "title": "", "text": excerpt(by_id, gids),
                                  "language": "en"}, ensure_ascii=False) + "\n")
    print(f"{min(n, len(keys))} of {len(keys)} articles -> {out_path}")


def build(labels_path, out_path):
    by_id, _ = sentences()
    n = 0
    with open(labels_path, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            rec = json.loads(line)
            missing = [g for g in rec["sentence_gids"] if g not in by_id]
            if missing:
                raise SystemExit(f"{labels_path}: sentences not found under {SHARED}: {missing[:3]}")
            article = {"id": "newsmtsc:" + rec["key"], "outlet": OUTLET, "date": DATE, "title": "",
                       "text": excerpt(by_id, rec["sentence_gids"]), "language": "en"}
            out.write(json.dumps({"article": article, "actors": rec["actors"]}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out_path}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "select" and len(sys.argv) in (5, 6):
        select(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] if len(sys.argv) == 6 else "")
    elif cmd == "build" and len(sys.argv) == 4:
        build(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit("usage: actor_sentiment_en.py select OUT_FILE N SEED [EXCLUDE] | build LABELS OUT")
