"""Whether a time expression is told as to come or as past, from the words of its clause (timex's
FUTURE and PAST): a yearless date resolves by it (kg.events.resolution)."""

from __future__ import annotations

import re

from kg.events.timex import CLAUSE, FUTURE, FUTURE_STRONG, PAST, PAST_AFTER_A_DATE, QUOTE_OPENS, looks_ahead

_WINDOW = 120  # chars: how far to look for the clause boundaries around an expression
_SUBJECT_WINDOW = 12  # characters after a date that opens its clause where a word of the future may follow
# Done on the date (已在周二宣布…): what is to come is what was done then.
_DONE_BEFORE = ("已在", "已于", "已於", "已经在", "已經在", "已经于", "曾在", "曾于")
# A deed done on the date, describing a thing (11月签署的行政令): the date is past.
# A verb that tells what was said or decided: a plan after it is what was announced (宣布计划…).
_ANNOUNCED = re.compile("宣布|公布|表示|声称|宣称|称|决定|透露|披露|证实")
_DONE_AFTER = re.compile("(?:签署|簽署|签订|通过|通過|发布|發布|颁布|頒布|宣布|公布|作出|做出|提出|发表|發表|推出)的")


def future_in(text: str, s: int, e: int) -> bool:
    """Future marker in the clause up to the expression, or (when the expression opens a clause followed
    by a comma) in the next clause; 届时 opening the next clause refers back to this date."""
    lo = max(0, s - _WINDOW)  # bounded windows keep the scan linear in the text
    cs = max(max(text.rfind(c, lo, s) for c in CLAUSE) + 1, lo)
    if _DONE_AFTER.match(text, e) and not text.endswith(("将", "將", "将于", "将在", "將於", "將在"), cs, s):
        return False  # 将依据特朗普11月签署的行政令: what the date modifies was done (the 将 is the clause's)
    if text.endswith(_DONE_BEFORE, cs, s):
        return False  # 已在周二宣布将再次竞选: done on that day; what is to be is what was announced
    if looks_ahead(FUTURE, text, cs, s + 1):
        return True
    if text[e:e + 1] not in CLAUSE and looks_ahead(FUTURE, text, e, min(len(text), e + 3)):
        return True
    opens = cs == s or text[cs:s].strip() in ("", "在", "于")  # the date opens its clause
    if opens and looks_ahead(FUTURE, text, e, min([len(text), e + _SUBJECT_WINDOW, *(
            i for i in (text.find(c, e, e + _SUBJECT_WINDOW) for c in CLAUSE) if i >= 0)])):
        return True  # 11月3日美国选民将投票: the clause's subject, then its word of the future
    if text[e:e + 1] in "，,":
        hi = min(len(text), e + 1 + _WINDOW)
        ends = [i for i in (text.find(c, e + 1, hi) for c in CLAUSE + QUOTE_OPENS) if i >= 0]
        nxt = text[e + 1:min(ends, default=hi)]
        if nxt.startswith(("届时", "屆時")) or (opens and (m := FUTURE_STRONG.search(nxt))
                                                and not _ANNOUNCED.search(nxt, 0, m.start())):
            return True  # (not 4月，韩国宣布计划停止…: what was announced then looks ahead, not the date)
        subject_end = e + 1 + min(len(nxt), _SUBJECT_WINDOW)
        if opens and looks_ahead(FUTURE, text, e + 1, subject_end) and not _ANNOUNCED.search(text, e + 1, subject_end):
            return True  # 11月，拜登将访问日本: the next clause's subject, then its word of the future
    return False


def past_in(text: str, s: int, e: int) -> bool:
    """A word of the past (timex.PAST) in the clause: a yearless date there is no upcoming one."""
    lo, hi = max(0, s - _WINDOW), min(len(text), e + _WINDOW)
    cs = max(max(text.rfind(c, lo, s) for c in CLAUSE) + 1, lo)
    ce = min([hi, *(i for i in (text.find(c, e, hi) for c in CLAUSE) if i >= 0)])
    return text.startswith(PAST_AFTER_A_DATE, e) or PAST.search(text, cs, ce) is not None
