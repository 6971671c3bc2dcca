"""What a date in the text comes to: a day, a range of days, a month or a year (kg.events.dates
finds them, kg.events.resolution resolves them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"  # start == end, or a range of days (start < end)
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class When:
    start: date
    end: date
    precision: Precision

    @property
    def is_range(self) -> bool:
        return self.precision is Precision.DAY and self.start != self.end

    def within(self, other: When) -> bool:
        return other.start <= self.start and self.end <= other.end

    def overlaps(self, other: When) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    when: When | None  # None: a date the text gives but that cannot be resolved (数天前, 当时)
    since: bool = False  # a bound, not an event's date: "自2月下旬以来", "2018年之前"
