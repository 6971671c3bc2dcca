"""Event extraction, table-driven: 104 clauses (tests/data/trigger_clauses.jsonl), 79 from the seeds
and corpus items, 16 written in their style and 8 from the held-out items (added with the rules they
test, so no longer blind), each labelled by a helper who did not see kg's trigger words, and 1 in
the style of bench/dev4, written with the words it tests (session 14): the kind of
event (or none), the participants and place as the clause names them, and the date resolved against
the publication date. A row is right as the events scorer counts it: an event of that kind whose
date agrees to the row's precision and which shares a participant or the place (or the row names
neither); a row with no kind must give no event.

The trigger table was then grown from this table's misses, so its score (84 of 104, with the dated-
clause occurrences of kg.events.happenings) is optimistic. Rows still missed are listed with what
the extractor gives instead; strict, so a fix is noticed."""

from __future__ import annotations

import json
from datetime import date
from functools import cache

import pytest

from kg.entities.fold import fold
from kg.model import Extraction
from kg.pipeline import extract, extractor_for
from tests.conftest import DATA
from tests.test_events import article

ROWS = [json.loads(line) for line in (DATA / "trigger_clauses.jsonl").read_text("utf-8").splitlines() if line]
KNOWN_MISSES = {
    8: "Meeting: no event",
    12: "Meeting: found Visit(2024-09-23)",
    17: "Statement: no event",
    18: "Election: no event",
    23: "Legislation: found Agreement(2021-03-11)",
    24: "Statement: found Disaster(2021-03-11)",
    28: "Statement: found Death(2021-03-11)",
    29: "PolicyMeasure: found Occurrence(1752-01-01)",
    32: "Attack: found Agreement(2022-07-22),Attack(2022-07-23)",
    33: "PolicyMeasure: found Disaster(2022-07-23)",
    35: "Summit: found Summit(2023-09-10)",
    41: "Agreement: no event",
    42: "Summit: found Occurrence(2019-02-01)",
    49: "PolicyMeasure: found Statement(2024-06-01)",
    51: "Statement: found PolicyMeasure(2024-06-24)",
    55: "Investigation: no event",
    56: "Resignation: found Occurrence(2016-01-01)",
    63: "PolicyMeasure: found Occurrence(2025-01-01)",
    88: "Lawsuit: found Charge(2023-12-27)",
}


@cache
def extracted(i: int) -> Extraction:
    row = ROWS[i]
    return extract(article(row["text"], published=date.fromisoformat(row["published"])), extractor_for(()))


def right(row: dict, ex: Extraction) -> bool:
    if row["type"] is None:
        return not ex.events
    names = {e.key: {fold(n) for n in (e.name, *e.aliases)} for e in ex.entities}
    wanted = {fold(w) for w in [*row["participants"], *([row["location"]] if row["location"] else [])]}
    for e in ex.events:
        named = set().union(*(names.get(k, set()) for k in (*e.attendees, *e.about, e.location, e.organizer) if k))
        if e.kind.value == row["type"] and e.when is not None \
                and e.when.start.isoformat()[:len(row["date"])] == row["date"] and (not wanted or wanted & named):
            return True
    return False


def _marks(row: dict) -> list:
    miss = KNOWN_MISSES.get(row["id"])
    return [pytest.mark.xfail(reason=miss, strict=True)] if miss else []


CASES = [pytest.param(i, id=f"{r['id']}-{r['type']}", marks=_marks(r)) for i, r in enumerate(ROWS)]


@pytest.mark.parametrize("i", CASES)
def test_clause(i: int) -> None:
    assert right(ROWS[i], extracted(i)), [(e.kind.value, e.name, e.when) for e in extracted(i).events]


def test_the_table_covers_every_kind_and_has_negatives() -> None:
    from kg.model import EventKind

    assert len(ROWS) >= 60
    kinds = {r["type"] for r in ROWS if r["type"]}
    assert kinds <= {k.value for k in EventKind} and len(kinds) >= 28
    assert sum(r["type"] is None for r in ROWS) >= 10
