#!/usr/bin/env python3
"""Scores digests of consecutive days against a multi-day gold: does each story say what is new since?

usage: score_days.py ARCHIVE GOLD_JSON [--json]

ARCHIVE holds the digests as the bucket's digests/ does (ARCHIVE/<day>/digest.json), made day after day with
`digest --archive ARCHIVE`. GOLD_JSON (see src/test/resources/followup/gold.json) names the days, and for each
event its articles (as <day>/<file>), its facts with short verbatim spans per day they are reported on, and
the figures that moved ({"day", "before", "now"}).

Measures (all over the days after the first):
  continuing stories  a digest story belongs to the event most of its articles belong to; it should continue
                      when its event had articles on an earlier day. Precision: stories with `continues` whose
                      continued story (looked up in that day's digest) is of the same event, over stories with
                      `continues`. Recall: the same, over stories that should continue.
  repeated new facts  among the shared facts of continuing stories not marked "new": false, those that state a
                      gold fact an earlier digest already reported for the event (stated by one of its shared
                      facts), over all such new facts. Lower is better. A shared fact states the gold fact whose
                      spans of its day most of its sentences (text and quotes) hold.
  changes found       gold changes for which the event's story that day has a change whose before and now texts
                      hold the gold figures (digits compared without separators).
Prints one line per measure and the bars (>= 0.95, <= 0.10, = 1.0); exit 0.
"""
import json
import pathlib
import re
import sys
import unicodedata


def norm(text):
    t = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u2018", "'")
    t = t.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", t).strip().lower()


def numbers(text):
    return set(re.findall(r"\d+(?:\.\d+)?", (text or "").replace(",", "")))


def event_of_articles(keys, article_event):
    votes = {}
    for k in keys:
        parts = pathlib.PurePath(k).parts
        tail = "/".join(parts[-2:]) if len(parts) >= 2 else k
        e = article_event.get(tail)
        if e:
            votes[e] = votes.get(e, 0) + 1
    if not votes:
        return None
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def quoted_facts(fact, day, gold_facts):
    """The gold fact a shared fact states: of the event's facts, the one whose spans of that day most of its
    sentences (its text and quotes) hold; a sentence may hold a span of another fact in passing. A set of one
    id, or empty."""
    texts = [norm(fact.get("text"))] + [norm(e.get("text")) for e in fact.get("evidence", [])]
    best, best_count = None, 0
    for g in gold_facts:
        spans = [norm(x) for x in g["spans"].get(day, [])]
        count = sum(1 for t in texts if any(x in t for x in spans))
        if count > best_count:
            best, best_count = g["id"], count
    return {best} if best else set()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        sys.exit(2)
    archive, gold = pathlib.Path(args[0]), json.loads(pathlib.Path(args[1]).read_text(encoding="utf-8"))
    days = gold["days"]
    article_event = {}
    for name, ev in gold["events"].items():
        for a in ev["articles"]:
            article_event[a] = name
    digests = {}
    for d in days:
        f = archive / d / "digest.json"
        digests[d] = json.loads(f.read_text(encoding="utf-8")) if f.exists() else {"stories": []}

    def story_event(day, story):
        # the key of a local run is the path as given; its last two parts are <day>/<file>
        return event_of_articles([a["key"] for a in story.get("articles", [])], article_event)

    seen_events = set()
    reported = {}          # event -> gold fact ids quoted by a shared fact of an earlier digest
    predicted = correct = should = found = 0
    new_facts = repeats = 0
    changes_total = changes_found = 0
    misses = []
    for i, day in enumerate(days):
        stories = digests[day].get("stories", [])
        by_id = {}
        for d in days[:i]:
            for s in digests[d].get("stories", []):
                by_id[(d, s.get("id"))] = s
        for s in stories:
            ev = story_event(day, s)
            cont = s.get("continues")
            if i > 0:
                if cont:
                    predicted += 1
                    earlier = by_id.get((cont.get("date"), cont.get("storyId")))
                    ok = ev is not None and earlier is not None and story_event(cont.get("date"), earlier) == ev
                    correct += ok
                    if not ok:
                        misses.append(f"{day}: {s.get('headline')!r} continues a story of another event")
                if ev in seen_events:
                    should += 1
                    if cont:
                        earlier = by_id.get((cont.get("date"), cont.get("storyId")))
                        found += earlier is not None and story_event(cont.get("date"), earlier) == ev
                    else:
                        misses.append(f"{day}: {s.get('headline')!r} does not continue its event")
            gold_facts = gold["events"].get(ev, {}).get("facts", [])
            if ev in seen_events:
                for f in s.get("sharedFacts", []):
                    if f.get("new", True) is not False:
                        new_facts += 1
                        ids = quoted_facts(f, day, gold_facts)
                        if ids & reported.get(ev, set()):
                            repeats += 1
                            misses.append(f"{day}: new fact repeats an earlier digest: {f.get('text')!r}")
            for c in gold["events"].get(ev, {}).get("changes", []):
                if c["day"] != day:
                    continue
                changes_total += 1
                ok = any(c["before"] in numbers(ch.get("before", {}).get("text"))
                         and c["now"] in numbers(ch.get("now", {}).get("text")) for ch in s.get("changes", []))
                changes_found += ok
                if not ok:
                    misses.append(f"{day}: change {c['before']} -> {c['now']} ({c.get('topic')}) not reported")
        for s in stories:
            ev = story_event(day, s)
            if ev is None:
                continue
            gold_facts = gold["events"].get(ev, {}).get("facts", [])
            for f in s.get("sharedFacts", []):
                reported.setdefault(ev, set()).update(quoted_facts(f, day, gold_facts))
            seen_events.add(ev)
        # an event with gold articles that day counts as seen even when no story was formed
        for a, e in article_event.items():
            if a.startswith(day + "/"):
                seen_events.add(e)

    def ratio(a, b):
        return round(a / b, 3) if b else 1.0

    result = {
        "continuing_precision": ratio(correct, predicted), "continuing_recall": ratio(found, should),
        "continuing": f"{correct}/{predicted} predicted, {found}/{should} expected",
        "new_facts_repeating": ratio(repeats, new_facts) if new_facts else 0.0,
        "new_facts": new_facts, "repeats": repeats,
        "changes_found": ratio(changes_found, changes_total), "changes": f"{changes_found}/{changes_total}",
    }
    if "--json" in sys.argv:
        print(json.dumps(result))
        return
    print(f"continuing stories: precision {result['continuing_precision']}, recall {result['continuing_recall']}"
          f" ({result['continuing']})   bar >= 0.95")
    print(f"new facts repeating an earlier digest: {result['new_facts_repeating']} ({repeats} of {new_facts})"
          f"   bar <= 0.10")
    print(f"changed figures reported: {result['changes_found']} ({result['changes']})   bar = 1.0")
    for m in misses:
        print("  miss: " + m)


if __name__ == "__main__":
    main()
