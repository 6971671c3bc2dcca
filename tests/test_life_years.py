"""Events of a life: years of life in brackets after a name date a birth and a death
(kg.events.given), a graduation is an event (kg:Graduation), settling somewhere is a move (session
21, from bench/blind7 and bench/blind2)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EventKind
from kg.pipeline import extract, extractor_for
from tests.test_events import article


def _events(text: str, published: date = date(2020, 8, 20)) -> list[tuple[EventKind, str, date, tuple[str, ...]]]:
    a = article(text, published=published)
    return [(e.kind, e.name, e.when.start, e.attendees) for e in extract(a, extractor_for(())).events
            if e.kind in (EventKind.BIRTH, EventKind.DEATH)]


@pytest.mark.parametrize(("text", "person", "born", "died"), [
    ("埃德加·斯诺（Edgar Snow 1905-1972）生于美国密苏里州。", "埃德加·斯诺", 1905, 1972),
    ("捷克前总统哈维尔（Václav Havel, 1936-2011 ）在位时曾在布拉格接见台湾前总统李登辉。", "哈维尔", 1936, 2011),
    ("安娜·路易斯·斯特朗（Anna Louise Strong 1885-1970）出生在内布拉斯加州。", "安娜·路易斯·斯特朗", 1885, 1970),
    ("作家鲁迅（1881—1936）曾在日本学医。", "鲁迅", 1881, 1936),
])
def test_years_of_life_after_a_name_are_a_birth_and_a_death(text: str, person: str, born: int, died: int) -> None:
    found = _events(text)
    births = [(n, d.year) for k, n, d, _ in found if k is EventKind.BIRTH]
    deaths = [(n, d.year) for k, n, d, _ in found if k is EventKind.DEATH]
    assert births == [(f"{person}出生", born)] and deaths == [(f"{person}去世", died)], found
    # 哈维尔（Václav Havel…）: the people table's 瓦茨拉夫·哈维尔 since session 34, by his English name
    keys = {f"Person:{person}"} | {e.key for e in extractor_for(()).gaz.entities.values()
                                   if e.kind.value == "Person" and e.name.endswith("·" + person)}
    assert all(len(attendees) == 1 and attendees[0] in keys for *_, attendees in found), found


@pytest.mark.parametrize("text", [
    "他在1990年（1990-1995年）担任市长。",  # no person before the bracket: a term, no life
    "该计划（2021-2025）由政府制定。",
    "捷克前总统哈维尔（1936-2031）在位时曾接见李登辉。",  # a death after the article: no such death
])
def test_other_years_in_brackets_date_no_birth_or_death(text: str) -> None:
    assert _events(text) == []


def test_a_graduation_is_an_event_of_its_own() -> None:
    """毕业 (kg:Graduation, beyond ACE's life events): dated, with who graduated and from where."""
    text = "哈根·沃克今年28岁。2016年，他从密西西比州立大学毕业，获得工程学位。"
    a = article(text, published=date(2022, 11, 20))
    (e,) = [e for e in extract(a, extractor_for(())).events if e.kind is EventKind.GRADUATION]
    assert e.when.start == date(2016, 1, 1) and "Person:哈根·沃克" in e.attendees
    assert "Organization:密西西比州立大学" in (*e.attendees, *e.about, *e.concerns)


def test_settling_somewhere_is_a_move() -> None:
    a = article("安娜·路易斯·斯特朗是美国记者。1958年，斯特朗定居到中国。", published=date(2020, 8, 20))
    (e,) = [e for e in extract(a, extractor_for(())).events if e.kind is EventKind.TRANSPORT]
    assert e.when.start == date(1958, 1, 1) and e.attendees == ("Person:安娜·路易斯·斯特朗",)


@pytest.mark.parametrize(("text", "label"), [
    ("黛布拉·麦考斯基是一名教师。她的母亲于8月6日去世，享年81岁。", "黛布拉·麦考斯基的母亲去世"),
    ("彼得·古德曼是一名教授。他的妻子于8月17日去世。", "彼得·古德曼的妻子去世"),
])
def test_his_wife_s_death_is_not_his(text: str, label: str) -> None:
    """他的妻子…去世: the wife died; the person 他 refers to takes no part (session 21, bench/blind7)."""
    a = article(text, published=date(2022, 9, 20))
    (e,) = [e for e in extract(a, extractor_for(())).events if e.kind is EventKind.DEATH]
    assert e.name == label and e.attendees == (), e


def test_she_who_opens_a_sentence_stays_who_she_was() -> None:
    """她是金正恩的妹妹。她出生于1987年: a sentence that opens with 她 is about her still, though it
    names her brother first (session 21, bench/blind4)."""
    text = "金与正是谁？她是金正恩的妹妹，也是他身边的掌权助手。她出生于1987年，比金正恩年幼四岁。"
    a = article(text, published=date(2020, 8, 20))
    (e,) = [e for e in extract(a, extractor_for(())).events if e.kind is EventKind.BIRTH]
    assert e.attendees == ("Person:金与正",), e
