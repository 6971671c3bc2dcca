"""Companies whose short name is a common word (苹果 is an apple, 大众 the public, 现代 modern): the
short name is the company only in an article that shows it means the company. It names the company in
full (苹果公司, 大众汽车) or in English (Apple), writes the short name before what a company has or does
(苹果手机, 苹果首席执行官), after what describes a company (科技巨头苹果), or in a list beside a company
the gazetteer knows (微软，苹果，英特尔). Then every mention of the short name that is a word of its own
is the company; in any other article none is (苹果树, 吃苹果)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import GAZETTEER, ORG, Span
from kg.entities.tokens import Tokens
from kg.model import Entity

__all__ = ["company_short_names", "short_name_spans"]

# Companies whose short name is a common word: the short name -> the gazetteer's
# name of the company. The short name is the company only where the article shows it means it.
COMPANY_SHORT_NAMES = {"苹果": "苹果公司", "大众": "大众汽车", "现代": "现代汽车"}
# What a company has or does, right after its short name (苹果手机, 苹果首席执行官)
COMPANY_THINGS = tuple("""
手机 智能手机 专卖店 零售店 商店 产品 设备 电脑 首席执行官 CEO 股价 市值 供应商 应用商店 高管 发言人 创始人
iPhone iPad 工厂 股票
""".split())
# What describes a company, right before its short name (科技巨头苹果, 竞争对手苹果)
COMPANY_DESCRIPTIONS = tuple("巨头 科技公司 品牌 厂商 制造商 车企 对手".split())
_AFTER = "|".join(map(re.escape, sorted(COMPANY_THINGS, key=len, reverse=True)))
_BEFORE = "|".join(map(re.escape, sorted(COMPANY_DESCRIPTIONS, key=len, reverse=True)))
_LISTED = "、，,和与及"
_LONGEST_LISTED = 5  # characters of a company's name beside the short one in a list


def company_short_names(texts: Sequence[str], gaz: Gazetteer) -> frozenset[str]:
    """The short names of lexicon.COMPANY_SHORT_NAMES that this article (its folded parts) uses for
    their companies."""
    meant = set()
    for short, full in COMPANY_SHORT_NAMES.items():
        known = gaz.named(full)
        if known is None or not any(short in t for t in texts):
            continue
        english = re.compile(rf"(?<![A-Za-z]){re.escape(known.name_en)}(?![A-Za-z])") if known.name_en else None
        used = re.compile(rf"{re.escape(short)}(?:{_AFTER})|(?:{_BEFORE}){re.escape(short)}")
        for t in texts:
            if full in t or (english is not None and english.search(t)) or used.search(t) \
                    or _listed_with_a_company(t, short, gaz):
                meant.add(short)
                break
    return frozenset(meant)


def short_name_spans(folded: str, tok: Tokens, gaz: Gazetteer, shorts: frozenset[str]) -> list[Span]:
    """Each mention of a short name the article uses for its company, where it is a word of its own
    (not 苹果树, one word to the tokenizer): the gazetteer's company."""
    out = []
    for short in shorts:
        known = gaz.named(COMPANY_SHORT_NAMES[short])
        at = folded.find(short)
        while at >= 0:
            end = at + len(short)
            if at in tok.at_start and end in tok.at_end:
                out.append(Span(at, end, ORG, known.name, GAZETTEER, key=known.key, type=known.type))
            at = folded.find(short, end)
    return out


def _listed_with_a_company(text: str, short: str, gaz: Gazetteer) -> bool:
    at = text.find(short)
    while at >= 0:
        end = at + len(short)
        after = text[end + 1:end + 1 + _LONGEST_LISTED] if text[end:end + 1] in _LISTED else ""
        before = text[max(0, at - 1 - _LONGEST_LISTED):at - 1] if at and text[at - 1] in _LISTED else ""
        if any(_a_company(gaz.named(after[:k])) for k in range(2, len(after) + 1)) \
                or any(_a_company(gaz.named(before[-k:])) for k in range(2, len(before) + 1)):
            return True
        at = text.find(short, end)
    return False


def _a_company(known: Entity | None) -> bool:
    return known is not None and known.type == "Corporation"
