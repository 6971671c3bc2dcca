"""The date resolver on the table of 166 real time expressions from the seeds and corpus items
(tests/data/time_expressions.tsv: file, offset, expression, context, publication date, expected
value and precision). Each row is checked as the events scorer checks a date: the resolved start
agrees with the expected value to the expected precision (a part of a month, 2月下旬, resolves to
its days and agrees with the month), and a span's end likewise. Rows with no expected value must
stay unresolved. The table was written before the resolver by reading the texts, and compared with
JioNLP's parse_time (README, "Events")."""

from __future__ import annotations

import csv
import html
import re
from datetime import date
from functools import cache

import pytest

import kg
from kg.entities.fold import fold
from kg.events.dates import find_dates
from kg.pipeline import written_the_evening_before
from tests.conftest import DATA, ROOT

TABLE = DATA / "time_expressions.tsv"
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
# Misses the resolver cannot avoid by rule, each with the reason; strict, so a fix is noticed.
KNOWN = {
    ("nyt_20210312_biden-coronavirus-trump.txt", "247"): "9·11 is a named date: its year needs world knowledge",
    ("nyt_20210312_biden-coronavirus-trump.txt", "608"): "今年春天 read literally is 2021; the text means 2020",
}


@cache
def text_of(name: str) -> str:
    """The item as the table's offsets count it: headline line, then the HTML with tags removed."""
    path = ROOT / "seeds" / name if (ROOT / "seeds" / name).exists() else DATA / "corpus" / name
    lines = path.read_text("utf-8").split("\n")
    headline = re.match(r"\[(.*)\]\((.*)\)", lines[1]).group(1)
    body = "\n".join(lines[3:])
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = re.sub(r"</(p|div|figcaption|h\d|li)>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ")
    return headline + "\n" + body


@cache
def found(name: str, published: str) -> list:
    """The dates as the extractor finds them, written the evening before where the newsroom wrote
    the page the day before (周一 in a Monday-morning NYT page is last Monday)."""
    path = ROOT / "seeds" / name if (ROOT / "seeds" / name).exists() else DATA / "corpus" / name
    (article,) = kg.read([path])
    day = date.fromisoformat(published)
    return list(find_dates(fold(text_of(name)), day, evening_before=written_the_evening_before(article, day)))


def at(row: dict[str, str], iso: date) -> str:
    return {"day": iso.isoformat(), "month": iso.isoformat()[:7], "year": iso.isoformat()[:4]}[row["precision"]]


@pytest.mark.parametrize("row", [
    pytest.param(r, id=f"{r['file'][:12]}@{r['offset']}:{r['expression']}",
                 marks=[pytest.mark.xfail(reason=KNOWN[(r["file"], r["offset"])], strict=True)]
                 if (r["file"], r["offset"]) in KNOWN else [])
    for r in ROWS])
def test_row(row: dict[str, str]) -> None:
    text = text_of(row["file"])
    offset = int(row["offset"])
    assert text[offset:offset + len(row["expression"])] == row["expression"]  # the table matches the text
    hits = [d for d in found(row["file"], row["published"]) if d.start <= offset < d.end]
    when = hits[0].when if hits else None
    if not row["value"]:
        assert when is None, when
        return
    assert when is not None, f"{row['expression']} not resolved"
    assert at(row, when.start) == row["value"]
    if row["end"]:
        assert at(row, when.end) == row["end"]


def test_the_table_is_large_and_real() -> None:
    assert len(ROWS) >= 150
    assert len({r["file"] for r in ROWS}) >= 12
