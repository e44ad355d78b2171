#!/usr/bin/env python3
# Slant — English pronoun links scored on the team's English pronoun sets (GPL-3.0-or-later for this script).
#
# ../shared holds no whole English news articles. NewsMTSC's training sentences (../shared/data/newsmtsc-train, MIT)
# carry their article in their id, so the sentences of one article, in order, make an excerpt of it (as in
# actor_sentiment_en.py). The team's annotators labelled every he, him, his, himself, she, her, hers, herself of such
# excerpts with the person it refers to, reading the excerpt (data/eval/pronouns-en.tsv, pronouns-en-heldout.tsv; guide
# in data/eval/README.md). The label files store the article key, the pronoun's character offset and the label; this
# script rebuilds the texts:
#   select OUT_JSONL N SEED EXCLUDE
#                          draws N excerpts of at least three sentences with a he/she pronoun, none of the label files
#                          EXCLUDE (comma-separated: the English sentiment check, earlier pronoun sets), and writes them
#                          with their texts and numbered pronouns for annotators (outside the repository)
#   input-set GOLD_TSV OUT_JSONL
#                          writes Slant input records for the excerpts of a label file (outside the repository)
#   score SLANT_OUT GOLD_TSV
#                          reads the mentions table of a Slant run on that input and prints, as JSON, precision and
#                          recall of its pronoun links against the labels ('-': no person the excerpt names) and the
#                          wrong links
# An excerpt leaves out sentences of its article, so a referent may be named in a left-out sentence: the annotators
# then label '-', and a link Slant makes to the last person the excerpt names counts as wrong. Excerpts are harder
# than whole articles.
import collections, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(__file__))
import actor_sentiment_en as en  # noqa: E402

PRONOUN_TOKEN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


def select(out_path, n, seed, exclude_paths):
    by_id, by_article = en.sentences()
    excluded = en.excluded_keys(exclude_paths)
    keys = sorted(a for a, gids in by_article.items() if len(gids) >= 3 and a not in excluded
                  and PRONOUN_TOKEN.search(en.excerpt(by_id, gids)))
    random.Random(seed).shuffle(keys)
    with open(out_path, "w", encoding="utf-8") as out:
        for a in keys[:n]:
            text = en.excerpt(by_id, by_article[a])
            pronouns = [{"n": i + 1, "offset": m.start(), "pronoun": m.group(0),
                         "context": text[max(0, m.start() - 60):m.start()] + "[[" + m.group(0) + "]]"
                         + text[m.end():m.end() + 40]}
                        for i, m in enumerate(PRONOUN_TOKEN.finditer(text))]
            out.write(json.dumps({"corpus": "newsmtsc-train", "key": a, "text": text, "pronouns": pronouns},
                                 ensure_ascii=False) + "\n")
    print(f"{min(n, len(keys))} of {len(keys)} excerpts -> {out_path}")


def same_person(gold, actor):
    """Whether a label and Slant's actor name the same person: the same last word, or one name inside the other."""
    g, a = gold.lower().split(), actor.lower().split()
    return bool(g and a) and (g[-1] == a[-1] or " ".join(g) in " ".join(a) or " ".join(a) in " ".join(g))


def read_set(gold_path):
    """Rows of the labels file: (key, offset, pronoun, gold)."""
    rows = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("corpus\t"):
                continue
            corpus, key, offset, pronoun, gold = line.rstrip("\n").split("\t")[:5]
            rows.append((key, int(offset), pronoun, gold))
    return rows


def input_set(gold_path, out_path):
    by_id, by_article = en.sentences()
    keys = sorted({r[0] for r in read_set(gold_path)})
    with open(out_path, "w", encoding="utf-8") as out:
        for a in keys:
            text = en.excerpt(by_id, by_article[a])
            out.write(json.dumps({"id": "newsmtsc:" + a, "outlet": en.OUTLET, "published_at": en.DATE + "T12:00:00Z",
                                  "title": "", "text": text, "language": "en"}, ensure_ascii=False) + "\n")
    print(f"{len(keys)} excerpts -> {out_path}")


def score_set(slant_out, gold_path):
    import pyarrow.dataset as ds
    by_id, by_article = en.sentences()
    rows = ds.dataset(os.path.join(slant_out, "mentions"), format="parquet").to_table(
        columns=["article_id", "actor_name", "kind", "start"]).to_pylist()
    linked = {(r["article_id"][len("newsmtsc:"):], r["start"]): r["actor_name"] for r in rows
              if r["kind"] == "pronoun" and r["article_id"].startswith("newsmtsc:")}
    counts, wrong = collections.Counter(), []
    for key, offset, pronoun, gold in read_set(gold_path):
        text = en.excerpt(by_id, by_article[key])
        if text[offset:offset + len(pronoun)].lower() != pronoun.lower():
            raise SystemExit(f"{key} {offset}: {pronoun!r} is not at that offset")
        counts["pronouns"] += 1
        counts["gold_linked"] += gold != "-"
        actor = linked.get((key, offset))
        if actor is None:
            continue
        counts["linked"] += 1
        if gold != "-" and same_person(gold, actor):
            counts["right"] += 1
        else:
            wrong.append({"key": key, "offset": offset, "pronoun": pronoun, "gold": gold, "slant": actor})
    print(json.dumps({"pronouns": counts["pronouns"], "gold_links": counts["gold_linked"], "linked": counts["linked"],
                      "right": counts["right"],
                      "precision": round(counts["right"] / counts["linked"], 3) if counts["linked"] else None,
                      "recall": round(counts["right"] / counts["gold_linked"], 3) if counts["gold_linked"] else None,
                      "wrong": wrong}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "select":
        select(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif len(sys.argv) == 4 and sys.argv[1] == "input-set":
        input_set(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score_set(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: pronouns_en.py select OUT N SEED EXCLUDE | input-set GOLD_TSV OUT_JSONL"
                 " | score SLANT_OUT GOLD_TSV")
