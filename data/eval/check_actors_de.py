#!/usr/bin/env python3
# Slant — checks data/eval/actors-de.jsonl (GPL-3.0-or-later).
# Every span must cut exactly its surface out of the text, actor ids must exist in data/actors.yaml (or be auto:
# slugs), kinds must be known, spans must not overlap, and sentence ids must be unique. Prints counts by kind.
#   python3 data/eval/check_actors_de.py [data/eval/actors-de.jsonl] [data/actors.yaml]
import collections, datetime, json, re, sys
import yaml

path = sys.argv[1] if len(sys.argv) > 1 else "data/eval/actors-de.jsonl"
catalogue = sys.argv[2] if len(sys.argv) > 2 else "data/actors.yaml"
KINDS = {"name", "partial_name", "metonym", "role", "compound", "demonym", "anaphor", "discovered"}
SLUG = re.compile(r"^auto:[a-z0-9]+(-[a-z0-9]+)*$")
ids = {a["id"] for a in yaml.safe_load(open(catalogue, encoding="utf-8"))["actors"]}
errors, seen, kinds, nots, n = [], set(), collections.Counter(), 0, 0
for lineno, line in enumerate(open(path, encoding="utf-8"), 1):
    s = json.loads(line)
    n += 1
    where = f"line {lineno} ({s.get('id')})"
    if s["id"] in seen:
        errors.append(f"{where}: duplicate id")
    seen.add(s["id"])
    datetime.date.fromisoformat(s["date"])
    spans = []
    for m in s["mentions"]:
        if s["text"][m["start"]:m["end"]] != m["surface"]:
            errors.append(f"{where}: span {m['start']}-{m['end']} is {s['text'][m['start']:m['end']]!r}, not {m['surface']!r}")
        if m["kind"] not in KINDS:
            errors.append(f"{where}: unknown kind {m['kind']}")
        aid = m["actor_id"]
        if aid.startswith("auto:"):
            if not SLUG.match(aid):
                errors.append(f"{where}: {aid} is not a lowercase ASCII hyphenated slug")
        elif aid not in ids:
            errors.append(f"{where}: actor {aid} not in {catalogue}")
        if (aid.startswith("auto:")) != (m["kind"] == "discovered" or aid.startswith("auto:") and m["kind"] == "partial_name"):
            errors.append(f"{where}: auto: ids go with kind discovered/partial_name and only with them ({aid}, {m['kind']})")
        kinds[m["kind"]] += 1
        spans.append((m["start"], m["end"]))
    for m in s["not_mentions"]:
        if s["text"][m["start"]:m["end"]] != m["surface"]:
            errors.append(f"{where}: not_mention span {m['start']}-{m['end']} is not {m['surface']!r}")
        nots += 1
        spans.append((m["start"], m["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errors.append(f"{where}: overlapping spans {a} {b}")
print(f"{n} sentences, {sum(kinds.values())} gold mentions, {nots} not_mentions")
for k in sorted(KINDS, key=lambda k: -kinds[k]):
    print(f"  {k:13s} {kinds[k]}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
