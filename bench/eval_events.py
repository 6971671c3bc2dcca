"""Score event extraction on short snippets: tests/data/probe_events.jsonl, or another file of that
format (one JSON object per line: text, published, events with what, date, participants, location).

    python bench/eval_events.py        # precision, recall, F1 and dates paired
    python bench/eval_events.py -v     # and every miss and false hit

The 100 snippets (80 reporting 119 events, 20 reporting none: opinions, statistics, negated and
habitual happenings) were written and labelled in session 24 by a helper who saw neither kg's code
nor its output. Matching is `kg evaluate`'s: a found event matches a gold one when its start date
agrees to the gold's precision and it shares a participant or the place (or the gold names neither).
Each snippet is read as a page of no newsroom kg knows, published on the day given (until session
26 they were read as NYT pages, which kg takes for written the evening before: a day named by its
weekday then fell a week early).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.entities.fold import normalize_name  # noqa: E402
from kg.evaluate import Evaluation, FoundEvent, _match_events  # noqa: E402
from kg.model import Event, Extraction  # noqa: E402
from kg.pipeline import extract, extractor_for  # noqa: E402
from tests.test_events import article  # noqa: E402

# A page of no newsroom kg knows: the snippets' publication day is the day they were written (an
# NYT URL would make a morning page one written the evening before in New York, kg.pipeline).
URL = "https://example.org/probe/"


def _found(e: Event, found: Extraction) -> FoundEvent:
    entities = {x.key: x for x in found.entities}
    keys = [*e.attendees, e.organizer, e.location, *e.about, *e.concerns]  # as the graph's schema:about
    names = {normalize_name(n) for k in keys if k in entities for n in (entities[k].name, *entities[k].aliases)}
    start = "" if e.when is None else {"day": e.when.start.isoformat(), "month": e.when.start.isoformat()[:7],
                                       "year": str(e.when.start.year)}[e.when.precision]
    return FoundEvent(e.name, start, "", frozenset(names))


def main() -> None:
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "tests" / "data" / "probe_events.jsonl"
    x = extractor_for(())
    ev = Evaluation()
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        ex = extract(article(d["text"], published=date.fromisoformat(d["published"]), url=URL), x)
        ev.scored.add("Event")
        _match_events(d.get("id", d["text"][:12]), d["events"], [_found(e, ex) for e in ex.events], ev)
    s = ev.scores["Event"]
    print(f"events  gold {s.tp + s.fn:3d}  found {s.tp + s.fp:3d}  P {s.precision:.3f}  R {s.recall:.3f}  "
          f"F1 {s.f1:.3f}  dates right {ev.dated_right} of {ev.paired_events} paired")
    if "-v" in sys.argv:
        for m in ev.misses:
            print(m.article, "missed", m.name)
        for m in ev.false_hits:
            print(m.article, "false hit", m.name)


if __name__ == "__main__":
    main()
