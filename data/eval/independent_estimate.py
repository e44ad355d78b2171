#!/usr/bin/env python3
# Slant — what the team's gold says about a small independent check (GPL-3.0-or-later).
#
#   python3 data/eval/independent_estimate.py PAIRS.jsonl [--strata reserved|corpus] [--gnad 45] [--zeitgeist 37]
#                                             [--samples 2000] [--seed 1] [--found NEG POS] [--main-actors]
#
# PAIRS.jsonl is the --predictions file of `jobs/slant eval --format actors` on team gold (one object per gold actor:
# gold_outlet, polarity, article id). The independent check scores about 82 articles (45 derStandard articles
# of 10kGNAD, 37 zeitgeist articles) on three bars: macro-F1 of the outlet label >= 0.55, precision of negative
# >= 0.60, at most 20 % of gold-neutral pairs labelled polar. On so few articles (about ten positive actors) the
# positive class's F1 is often 0, so the figure is lower and far more variable than the pooled one. This script draws
# that many articles of each corpus with replacement from the matched pairs, many times, and reports the median and
# the 5th-95th percentiles of the three measures and the share of draws that meet all three bars. It says what a
# check of that size would show if its gold read like the team's; gold labelled otherwise (the had 16 %
# negative pairs, the team's 6 %) may score differently.
#
# --strata reserved (the default) draws each kind of article as often as the independent set holds it: the reserved
# list's 10kGNAD articles by their corpus category (International, Inland, Wirtschaft) and its tagesschau articles by
# the section of their URL (ausland, inland), counted from ../shared/data/reserved-for-evaluation.tsv and the corpus
# (only the kinds are read, never the reserved texts). Team articles of kinds the independent set lacks (derStandard's
# Etat or Panorama, tagesschau's business pages or news ticker) are not drawn. --strata corpus draws --gnad and
# --zeitgeist articles from each corpus as a whole.
#
# --found NEG POS asks what more recall would buy: before drawing, a share NEG of the gold-negative pairs Slant does
# not label negative, and a share POS of the gold-positive pairs it does not label positive, chosen at random (by
# --seed), are counted as found (labelled like the gold), and no other label changes. It is an upper bound for rules
# that would find that many more without a single false one; "--found 0 0" is the plain estimate.
#
# --main-actors scores only the gold actors an article is about (the predictions' main_actor: named in the title or at
# least three times), whose make-up (about 12 % negative in the team's gold) comes closer to the gold (16 %).
import argparse, collections, csv, json, os, random, sys

SHARED = os.environ.get("SLANT_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
PREFIX = 60  # a 10kGNAD article's key: the first 60 characters of its text, as data/eval/actor_sentiment_de.py keeps

LABELS = ("negative", "neutral", "positive")


def measures(pairs):
    conf = collections.Counter((p["gold_outlet"], p["polarity"]) for p in pairs)
    f1s = []
    for c in LABELS:
        tp = conf[(c, c)]
        predicted = sum(conf[(g, c)] for g in LABELS)
        gold = sum(conf[(c, y)] for y in LABELS)
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    neg_predicted = sum(conf[(g, "negative")] for g in LABELS)
    p_neg = conf[("negative", "negative")] / neg_predicted if neg_predicted else 0.0
    neutral = sum(conf[("neutral", y)] for y in LABELS)
    polar = conf[("neutral", "negative")] + conf[("neutral", "positive")]
    return sum(f1s) / 3, p_neg, polar / neutral if neutral else 0.0


def zeitgeist_section(url):
    """The section of a tagesschau URL that says its kind: "ausland" or "inland" ("/politik/ausland/…" is ausland)."""
    parts = [p for p in url.split("/")[3:] if p]
    if parts and parts[0] == "politik" and len(parts) > 1:
        parts = parts[1:]
    return parts[0] if parts else ""


def gnad_categories():
    """The 10kGNAD category of each test article, by its key."""
    out = {}
    with open(os.path.join(SHARED, "10kgnad-test", "test.csv"), encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'"):
            out.setdefault(row[1][:PREFIX], row[0])
    return out


def stratum(article_id, categories):
    """An article's kind: "gnad:<category>" or "zg:<section>", from its pair-file id ("gnad:<key>", "zg:<url>")."""
    corpus, key = article_id.split(":", 1)
    if corpus == "gnad":
        return "gnad:" + categories.get(key[:PREFIX], "?")
    return "zg:" + zeitgeist_section(key)


def reserved_strata(categories):
    """How many articles of each kind the independent set holds (reserved-for-evaluation.tsv)."""
    counts = collections.Counter()
    with open(os.path.join(SHARED, "reserved-for-evaluation.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or parts[0] == "corpus":
                continue
            if parts[0] == "10kgnad-test":
                counts["gnad:" + categories.get(parts[1][:PREFIX], "?")] += 1
            else:
                counts["zg:" + zeitgeist_section(parts[1])] += 1
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs")
    ap.add_argument("--strata", choices=("reserved", "corpus"), default="reserved")
    ap.add_argument("--gnad", type=int, default=45)
    ap.add_argument("--zeitgeist", type=int, default=37)
    ap.add_argument("--samples", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--found", type=float, nargs=2, default=(0.0, 0.0), metavar=("NEG", "POS"))
    ap.add_argument("--main-actors", action="store_true")
    a = ap.parse_args()
    if not all(0.0 <= x <= 1.0 for x in a.found):
        sys.exit("--found takes two shares between 0 and 1")
    found = random.Random(a.seed)
    by_article = collections.defaultdict(list)
    with open(a.pairs, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            if a.main_actors and "main_actor" not in p:
                sys.exit("--main-actors needs predictions with main_actor (jobs/slant eval since 2026-12-06)")
            # matched pairs only, as the evaluation scores them
            if p.get("slant_actor") and (p.get("main_actor") or not a.main_actors):
                for label, share in zip(("negative", "positive"), a.found):
                    if p["gold_outlet"] == label and p["polarity"] != label and found.random() < share:
                        p = dict(p, polarity=label)
                by_article[p["article"]].append(p)
    if a.strata == "reserved":
        categories = gnad_categories()
        want = reserved_strata(categories)
        pools = collections.defaultdict(list)
        for k in sorted(by_article):
            pools[stratum(k, categories)].append(k)
    else:
        want = collections.Counter({"gnad": a.gnad, "zg": a.zeitgeist})
        pools = collections.defaultdict(list)
        for k in sorted(by_article):
            pools[k.split(":", 1)[0]].append(k)
    missing = sorted(s for s in want if not pools.get(s))
    if missing:
        sys.exit(f"no scored article of the kinds {missing}: cannot draw a check of the independent set's make-up")
    rng = random.Random(a.seed)
    draws = []
    for _ in range(a.samples):
        arts = [rng.choice(pools[s]) for s in sorted(want) for _ in range(want[s])]
        draws.append(measures([p for k in arts for p in by_article[k]]))
    drawn = [k for s in want for k in pools[s]]

    def pct(i, q):
        xs = sorted(d[i] for d in draws)
        return round(xs[min(len(xs) - 1, int(q * len(xs)))], 3)

    pooled = measures([p for k in drawn for p in by_article[k]])
    out = {"strata": a.strata,
           "articles": {s: len(pools[s]) for s in sorted(want)},
           "left_out": sum(len(v) for s, v in pools.items() if s not in want),
           "pooled": {"macro_f1": round(pooled[0], 3), "p_neg": round(pooled[1], 3),
                      "neutral_labelled_polar": round(pooled[2], 3)},
           "draw": {"per_check": dict(sorted(want.items())), "samples": a.samples, "seed": a.seed},
           "found": {"negative": a.found[0], "positive": a.found[1]}, "main_actors_only": a.main_actors}
    for i, name in enumerate(("macro_f1", "p_neg", "neutral_labelled_polar")):
        out[name] = {"median": pct(i, 0.5), "p05": pct(i, 0.05), "p95": pct(i, 0.95)}
    out["share_meeting_all_bars"] = round(
        sum(1 for m, p, n in draws if m >= 0.55 and p >= 0.60 and n <= 0.20) / len(draws), 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
