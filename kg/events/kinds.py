"""The kind a trigger word reports in its clause, where the words around it say another than its own
(kg.events.triggers): a hazard's attack is a disaster, a signed law is legislation, a near death an
injury, a published statement a statement."""

from __future__ import annotations

import re

from kg.events.triggers import DEALS, HAZARDS, LAWS
from kg.model import EventKind


def _named_storm(before: str, at: int) -> bool:
    """沙漠风暴行动, 金融风暴: a storm that names an operation or a crisis, no weather."""
    return before.startswith("风暴", at) and before[max(0, at - 2):at] in ("沙漠", "金融", "舆论", "政治")


_A_STATEMENT = re.compile("(?:了|一份|一项|一则)?[^，,。；;]{0,4}(?:声明|公告|通告|讲话|谈话)")


_A_LAW = re.compile("(?:了|这项|该项|一项)?《[^》]{1,30}法》")
# What a visit word is said of when nothing happened where anyone went: a website (访问被审查的网站).
_A_SITE = re.compile("[^，,。；;]{0,8}(?:网站|网页|网址|页面|链接)")


def not_a_happening(kind: EventKind, after: str, before: str = "") -> bool:
    """The words around a trigger say it reports no happening: what was visited is a website
    (访问被审查的网站); a count of visits (接待国际游客950万人次) is a figure; the trigger says what a
    document does, inside its description (支持一项禁止同性婚姻的州法修正案)."""
    return (kind is EventKind.VISIT and _A_SITE.match(after) is not None) or _VISITS.search(after) is not None \
        or (_ONE_ITEM.search(before) is not None and _ITS_DOCUMENT.match(after) is not None)


_ONE_ITEM = re.compile("(?:一项|一份|一条|一部)[^，,。；;的]{0,4}$")
_ITS_DOCUMENT = re.compile("[^，,。；;]{0,20}?的[^，,。；;的]{0,6}?(?:法|法案|修正案|条例|规定|协议|决议|提案|命令)")


_VISITS = re.compile(r"\d\s*[万亿]?\s*人次")


NEAR_MISSES = ("险些", "差点", "差一点", "几乎")
_PUT_ON = re.compile("[将把][^，,。；;]{1,20}$")
_INTERVIEWED = re.compile("接受[^，,。；;]{0,20}$")


def retyped(kind: EventKind, before: str, after: str) -> EventKind:
    """The kind a trigger word reports in its clause: an attack word whose clause opens with a hazard
    reports a disaster (台风“海葵”周日袭击台湾; not where the hazard only sets the time, 在地震发生后，
    武装分子袭击了…); a signing whose object is a law, legislation (拜登签署了这项法案; not
    签署了一项贸易协议); someone put on a list (将…加入黑名单), a measure, not an accession; a visit
    someone received (接受…访问), an interview."""
    if kind is EventKind.ATTACK:
        hit = min((i for w in HAZARDS if (i := before.find(w)) >= 0 and not _named_storm(before, i)), default=-1)
        return EventKind.DISASTER if hit >= 0 and "后" not in before[hit:] else kind
    if kind is EventKind.DEATH and before.endswith(NEAR_MISSES):
        return EventKind.INJURY  # 险些丧命, 差点死亡: he nearly died, and lived
    if kind is EventKind.RELEASE and _A_STATEMENT.match(after):
        return EventKind.STATEMENT  # 白宫发布了声明: what it published is a statement
    if kind is EventKind.VISIT and _INTERVIEWED.search(before):
        return EventKind.STATEMENT  # 在接受路透社访问时说: an interview, no visit
    if kind is EventKind.ACCESSION and _PUT_ON.search(before):
        return EventKind.POLICY_MEASURE  # 将4名官员加入制裁黑名单: put on a list; no one joins
    if kind is EventKind.ACCESSION and "宪法" in before:
        return EventKind.LEGISLATION  # 宪法修正加入了“…思想”: an amendment; no one joins
    if kind is EventKind.AGREEMENT and _A_LAW.match(after):
        return EventKind.LEGISLATION  # 签署了《新冠仇恨犯罪法》
    if kind is EventKind.AGREEMENT:
        law = min((i for w in LAWS if (i := after.find(w)) >= 0), default=-1)
        deal = min((i for w in DEALS if (i := after.find(w)) >= 0), default=len(after))
        return EventKind.LEGISLATION if 0 <= law < deal else kind
    return kind
