"""Where a reported event took place and the article's home: the country it happens in, the places
its clause names abroad, the place after 在 (or whose officials act, or that 发生 follows), and an
attack's setting (kg.events.extract reads these)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.entities.context import country_of
from kg.model import Entity, EntityKind, EventKind, Mention


def home_country(mentions: Sequence[Mention], entities: dict[str, Entity]) -> str:
    """The country the article happens in: the one it names most, a place in it counting for it,
    when that is more than half of all and three or more (the dateline's places are not counted; two
    thirds, until session 31, left a Hong Kong story with Beijing and China in it without one; a tie
    is no home)."""
    counts: dict[str, int] = {}
    for m in mentions:
        e = entities.get(m.key)
        if e is not None and e.kind is EntityKind.PLACE and (c := country_of(e.key, entities)):
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return ""
    best = max(sorted(counts), key=counts.__getitem__)
    return best if counts[best] >= 3 and 2 * counts[best] > sum(counts.values()) else ""


def placed_abroad(clause: tuple[int, int], mentions: Sequence[Mention], entities: dict[str, Entity], home: str) -> bool:
    """The trigger's clause names a place in another country than the article's (2008年，他回到纽约担任
    编辑, in a story set in China): the happening is not placed at home."""
    start, end = clause[0] % 1_000_000, clause[1] % 1_000_000
    return any(start <= m.start < end and (e := entities.get(m.key)) is not None and e.kind is EntityKind.PLACE
               and (c := country_of(e.key, entities)) and c != home for m in mentions)


_DESCRIBES = re.compile("(?:注册|成立|出生|登记|上市)的")
_SPECIFIC = {"City": 0, "AdministrativeArea": 1, "Place": 2, "Continent": 3, "Country": 4}


_HAPPENED_AT = re.compile("(?:地区|一带|境内|附近)?(?:又|再次|曾)?发生"  # 北京市官员通报, 布法罗当局: its officials
                          "|(?:市|州|省|县|区)?的?(?:一名|一位|多名|数名)?(?:卫生|地方|市政)?(?:官员|当局|警方)")


def location(folded: str, at: int, s_start: int, places: list[Mention], entities: dict[str, Entity],
              kind: EventKind, clause_start: int, clause_end: int) -> str:
    """The place after the nearest 在 before the trigger (the most specific one between them), or one
    that 发生 follows (亚特兰大地区发生的…枪击事件), or whose officials act (南京的官员宣布); for an opening,
    the first city of the clause."""
    took = [m for m in places if clause_start <= m.start < at and _HAPPENED_AT.match(folded, m.end, at)]
    if took:
        return took[-1].key
    zai, upto, span = at, at, []
    while not span and (zai := folded.rfind("在", s_start, zai)) >= 0:
        # the nearest 在 before the trigger that names a place ("居住在深圳的男童在本月18日…死亡")
        span = [m for m in places if zai < m.start < upto]
        if span and min(m.start for m in span) - zai > 2:
            span = []  # 在 names where only when a place follows it at once (not 在本月18日…中國籍男子)
        elif span and _DESCRIBES.match(folded, max(m.end for m in span)):
            span = []  # nor where it describes a noun (在英属维珍群岛注册的公司…购买了)
        upto = zai
    if not span and kind is EventKind.OPENING:
        span = [m for m in places if clause_start <= m.start < clause_end]
    if not span:
        return ""
    best = min(span, key=lambda m: (_SPECIFIC.get(entities[m.key].type, 2), m.start))
    return best.key


def attack_setting(folded: str, trigger: tuple[int, int], clause: tuple[int, int, int], places: list[Mention],
                   entities: dict[str, Entity]) -> tuple[str, list[str], bool] | None:
    """An attack's place, the countries it is between, and whether it has no target. The target is
    the place right after the word (袭击了基辅) or after 对 before it (对乌克兰发起攻击), with the
    countries of the clause. Without one: where it happened (在莫斯科发生袭击, 莫斯科的袭击), a country
    before it being who attacked (俄罗斯的袭击); with neither, the word reports nothing (攻击…政策)."""
    t_start, t_end = trigger
    s_start, clause_start, clause_end = clause
    target = next((m for m in places if m.start >= t_end and m.start - t_end <= 2), None) or next(
        (m for m in places if clause_start <= m.start < t_start and folded[m.start - 1:m.start] == "对"), None)
    if target is not None:
        return target.key, list(dict.fromkeys(m.key for m in places if clause_start <= m.start < clause_end
                                              and entities[m.key].type == "Country")), False
    own = next((m for m in reversed(places) if clause_start <= m.start and folded[m.end:t_start] in ("", "的")), None)
    country = own is not None and entities[own.key].type == "Country"
    where = location(folded, t_start, s_start, places, entities, EventKind.ATTACK, clause_start, clause_end) or (
        own.key if own is not None and not country else "")
    if not where and not country:
        return None
    return where, [own.key] if country else [], True


# Capitals that news writes for their governments (北京称, 台北与华盛顿签署), as data
_SEATS = frozenset(["北京", "华盛顿", "华府", "台北", "莫斯科", "东京", "首尔", "平壤", "伦敦", "巴黎", "柏林",
                    "新德里", "德黑兰", "基辅", "堪培拉", "渥太华", "布鲁塞尔", "安卡拉", "河内", "马尼拉", "曼谷",
                    "雅加达", "利雅得", "开罗", "耶路撒冷"])
# Words before a name that make it where someone is or goes, not who acts
LOCATIVE = tuple("在于从到往赴")  # a place after one of these is where, not who
_WHERE_BEFORE = (*LOCATIVE, "抵达", "访问", "前往", "飞往", "来自", "离开", "返回")


def seats_acting(folded: str, here: Sequence[Mention], entities: dict[str, Entity], clause_start: int,
                 t_start: int) -> list[str]:
    """The countries whose capital the clause names before the trigger as who acts (北京称, 台北与华盛顿
    签署协定): a capital stands for its government; not where someone is or goes (在北京宣布)."""
    seats = [m for m in here if clause_start <= m.start < t_start and (e := entities.get(m.key)) is not None
             and e.kind is EntityKind.PLACE and (e.name in _SEATS or m.text in _SEATS)]
    out = []
    for m in seats:
        # 台北与华盛顿周四签署: "and" and another capital may come between the first and the verb
        end = next((o.end for o in seats if o.start > m.end and folded[m.end:o.start] in _JOINS), m.end)
        if not folded.endswith(_WHERE_BEFORE, 0, m.start) and _THEN_ACTS.fullmatch(folded, end, t_start) \
                and (c := country_of(m.key, entities)):
            out.append(c)
    return out


_JOINS = ("与", "和", "及", "、")
# Between a capital and the verb it does: a date, an adverb (北京星期四称), nothing else (not 北京四通桥,
# 华盛顿——, 北京的官员)
_THEN_ACTS = re.compile("[\\s\\d（）()年月日号周星期一二三四五六七八九十天今昨本上前也还已则曾将于就都均先后再]*")
