"""Publication times: parsing what the markup says, in the source's timezone."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kg.errors import UsageError

# The pudate of cn.nytimes.com and its feed is Beijing time.
DEFAULT_SOURCE_TZ = "+08:00"
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")
_URL_DATE = re.compile(r"/(20\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|$)")


def parse_tz(spec: str) -> tzinfo:
    """'+08:00', 'UTC' or an IANA name such as 'Asia/Shanghai'."""
    spec = spec.strip()
    if spec.upper() in ("UTC", "Z"):
        return UTC
    if m := _OFFSET.match(spec):
        sign = 1 if m.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    try:
        return ZoneInfo(spec)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown timezone {spec!r}: use an offset like +08:00 or an IANA name") from None


def parse_stamp(text: str, tz: tzinfo) -> datetime | None:
    """An ISO-like date-time; one without an offset is read in the source timezone."""
    text = text.strip().replace("/", "-")
    if not re.match(r"^\d{4}-\d{1,2}-\d{1,2}", text):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=tz)


def ymd(m: re.Match[str] | None) -> date | None:
    """The day a match's first three groups give (year, month, day), if it is one."""
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def url_date(url: str) -> date | None:
    """The date many newsrooms put in the article's path (/20220616/ or /2022/06/16/)."""
    return ymd(_URL_DATE.search(url))


_SHOWN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def shown_date(text: str) -> date | None:
    """The date a page shows its readers (2012年1月22日), if its time element says one."""
    return ymd(_SHOWN.search(text))
