"""Which report of a sentence is its event, and which date is its own (session 28, from bench/blind11's
misses once it was read). Each rule has a guard beside it: what the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from kg.entities.extract import Extractor
from kg.pipeline import extractor_for
from tests.test_events import article, events


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


def test_an_anniversary_away_from_the_trigger_dates_what_it_counts_from_only(x: Extractor) -> None:
    """李家超在2021年7月纪念…回归24周年的仪式上讲话: the speech is of July 2021; 24周年 counts the years
    from the handover, which dates no speech."""
    (speech,) = events(x, article("李家超在2021年7月纪念香港从英国回归24周年的仪式上讲话。",
                                  published=date(2022, 4, 7)))
    assert speech.kind == "Statement"
    assert (speech.when.start, speech.when.precision) == (date(2021, 7, 1), "month")


def test_a_saying_is_the_event_when_what_it_reports_names_no_one(x: Extractor) -> None:
    """宝文14日表示，…两国继续保持交谈…: the talks it speaks of name no one and are no event; his
    statement of the 14th is (the talks ranked first and were then dropped, taking the statement along)."""
    text = "澳大利亚气候变化部长宝文14日在受访时表示，长远来看，两个最大排放国继续保持交谈，对世界更好。"
    (said,) = events(x, article(text, published=date(2022, 8, 15)))
    assert said.kind == "Statement" and said.when.start == date(2022, 8, 14)
    assert "Person:宝文" in said.attendees


def test_talks_that_name_their_parties_stay_the_event(x: Extractor) -> None:
    """The guard of the test above: a meeting the saying reports, with someone in it, is the event."""
    (meeting,) = events(x, article("拜登14日表示，他与习近平举行了会谈。", published=date(2022, 8, 15)))
    assert meeting.kind == "Meeting" and meeting.when.start == date(2022, 8, 14)



def test_a_trip_is_the_event_when_the_talks_it_leads_to_name_no_one(x: Extractor) -> None:
    """一个克钦代表团前往中国进行会谈: the talks (ranked first) name no one; the trip to China, told
    first, does, and is the sentence's event."""
    (trip,) = events(x, article("本月，一个克钦代表团前往中国进行会谈。", published=date(2024, 12, 20)))
    assert trip.kind == "Visit" and (trip.when.start, trip.when.precision) == (date(2024, 12, 1), "month")
