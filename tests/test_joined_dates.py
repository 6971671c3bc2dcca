"""Dates joined by "and" date one happening each (kg.events.dating.joined_dates), and who met the
people a meeting verb names after it (session 21, from bench/blind5 and bench/blind7)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EventKind
from kg.pipeline import extract, extractor_for
from tests.test_events import article


@pytest.mark.parametrize(("text", "kind", "days"), [
    ("王毅在8月31日和9月1日均在不同场合回应事件。", EventKind.STATEMENT, [date(2020, 8, 31), date(2020, 9, 1)]),
    ("拜登周二和周三会见了岸田文雄。", EventKind.MEETING, [date(2020, 9, 1), date(2020, 9, 2)]),
    ("日本银行在3月和7月上调了利率，并表示计划继续加息。", EventKind.OCCURRENCE, [date(2020, 3, 1), date(2020, 7, 1)]),
])
def test_each_of_two_dates_joined_by_and_is_a_happening(text: str, kind: EventKind, days: list[date]) -> None:
    a = article(text, published=date(2020, 9, 5))
    found = [e for e in extract(a, extractor_for(())).events if e.kind is kind]
    assert sorted(e.when.start for e in found) == days, found
    assert len({e.name for e in found}) == 1  # one label: the dates are not in it
    assert "和" not in found[0].name or kind is not EventKind.OCCURRENCE


def test_a_date_joined_to_a_date_of_another_precision_is_no_second_happening() -> None:
    """2020年和9月: a year and a month are not two dates of one kind of thing."""
    a = article("王毅2019年和9月1日都回应了此事。", published=date(2020, 9, 5))
    statements = [e for e in extract(a, extractor_for(())).events if e.kind is EventKind.STATEMENT]
    assert len(statements) <= 1


def test_who_met_the_people_a_clause_without_subject_names_is_the_sentence_s_subject() -> None:
    """拜登周一抵达东京，周二会见了岸田文雄: the meeting is Biden's with Kishida (kg.events.context.
    meeting_host; before session 21 only Kishida took part)."""
    a = article("拜登周一抵达东京，周二会见了岸田文雄。", published=date(2024, 3, 1))
    (meeting,) = [e for e in extract(a, extractor_for(())).events if e.kind is EventKind.MEETING]
    assert meeting.attendees == ("Person:约瑟夫·拜登", "Person:岸田文雄")
