"""Organizations the text names by saying what they are: a title in 《》 that ends as a newspaper
does (《查理周报》), and a name in Latin letters after a description (社交网站Grindr) or before one
(Ironshore是一家…公司). kg.entities.candidates takes these as one of its pattern layers; the
tagger's body that a description opens is the named one (kg.entities.proposals)."""

from __future__ import annotations

import re
from itertools import pairwise

import rjieba

from kg.entities import lexicon as lx
from kg.entities.edges import org_ending
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import GAZETTEER, MODEL, ORG, PATTERN, PLACE, Span, a_known_place

_PERIODICAL = re.compile(r"《([^《》]{1,12})》")
_HEADS = "|".join(sorted(lx.LATIN_ORG_BEFORE, key=len, reverse=True))
# 一家名为昆仑万维的公司: the name a company is given
# (not 名为肖建华的商人与马云的公司: the name holds no 的)
_NAMED = re.compile("(?:名为|名叫|叫做|名称为)((?:(?!的)[\u4e00-\u9fff]){2,10})的(?:" + _HEADS + ")")


def periodicals(folded: str, gaz: Gazetteer) -> list[Span]:
    """A title in 《》 that ends as a newspaper or magazine does is that publication: 《哈泼斯杂志》,
    《查理周报》 (a book's or a report's title is no organization), and so is one the text calls an
    outlet (媒体《风传媒》, 报纸《莫斯科新闻》) or whose staff it names (《八旗文化》总编辑); one of two
    characters only after its place (香港《商报》)."""
    out = []
    titles = list(_PERIODICAL.finditer(folded))
    # 《纽约时报》和《连线中国》: a title joined to a paper's is another paper's
    papers = {m.start() for m in titles
              if (k := gaz.named(m.group(1))) is not None and k.type == "NewsMediaOrganization"}
    joined: set[int] = set()
    for one, two in pairwise(titles):
        if one.end() + 1 == two.start() and folded[one.end()] in "和与及、":
            joined.update(t.start() for t, other in ((two, one), (one, two)) if other.start() in papers)
    for m in titles:
        name = m.group(1)
        known = gaz.named(name)
        placed = any(a_known_place(gaz, folded[m.start() - k:m.start()]) for k in (2, 3) if m.start() >= k)
        outlet = folded.endswith(lx.OUTLET_DESCRIPTIONS, 0, m.start()) or folded.startswith(lx.OUTLET_STAFF, m.end()) \
            or folded.startswith(_OUTLET_AFTER, m.end()) or m.start() in joined  # 《外交事务》杂志
        paper = name.endswith(lx.PERIODICAL_HEADS) and not name.endswith(_NO_PERIODICAL)
        if not (paper or outlet) or (len(name) < 3 and known is None and not placed and not outlet):
            continue  # 《情报》 is a book, 《八一七公报》 a communiqué; 媒体《风传媒》, 《八旗文化》总编辑,
            # 杂志《理性》 are outlets
        if known is not None and known.kind is not ORG:
            continue
        out.append(Span(m.start(1), m.end(1), ORG, known.name if known else name, PATTERN,
                        key=known.key if known else "", type=known.type if known else "NewsMediaOrganization"))
    return out


_OUTLET_AFTER = ("杂志", "周刊", "月刊", "报纸", "网站")
# Titles that end as a paper's name does but name a document (《八一七公报》, a communiqué) or a forecast.
_NO_PERIODICAL = ("公报", "预报", "警报", "汇报")

# Capitalized words (or one that opens with a small letter before a capital: vKontakte, eBay), joined by a
# space, a dot, an apostrophe, & or -, and by the small words of names (What’s on Weibo, Bank of America),
# and a short number after a space (Platform 88); a name followed by + is a product's (Disney+).
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9(（])(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z0-9]*"
                         r"(?:(?:[.&'’-]| (?=[A-Z])| (?=\d{1,3}(?![\d年月日号]))"
                         r"| (?:on|of|the|and|for|de|in) (?=[A-Z]))[A-Za-z0-9]+)*"
                         r"(?![A-Za-z0-9+])")
_GLUED_DAY = re.compile(r"(?<=[A-Za-z])\d{1,2}$")
_CORPORATE = re.compile(r" (?:Inc|Ltd|LLC|Corp|Co|PLC|GmbH|AG|SA)$")
_SAID_TO_BE = re.compile("是一家[^，,。；;]{0,24}?(?:" + _HEADS + ")")
# MFS的高管, Logically的研究主管: the people who work for it
_STAFF_OF = re.compile("的[^，,。；;、“”]{0,6}?(?:" + "|".join(lx.STAFF) + ")")
# 一家名为Platform 88的公司, 一个名为Freightos的网站
_NAMED_AS = ("名为", "名叫", "叫做", "名称为")
_A_BODY = re.compile("的(?:" + _HEADS + ")")


# 投资公司泛大西洋表示, 初创公司深度求索周一发布, 化妆品牌兰寇取消: a description of a body (not
# 该公司, 这家公司), a Chinese name, then what the body says or does, or when: the name is the body's.
_DOES = ("表示|称|说|宣布|发布|推出|取消|透露|指出|周[一二三四五六日]|今年|去年|上周|本周|上月|日前|近日|正在|计划"
         "|决定|拒绝|否认")
_APPOSED = re.compile("(?<![该這这那此家])(?:" + _HEADS + ")([\u4e00-\u9fff]{2,4}?)(?=" + _DOES
                      + "|的(?:老板|创始人|首席执行官|总裁|董事长|高管|发言人|员工|负责人|主席|主任|研究员|分析师))")
_DOES_FIRST = re.compile(_DOES)
_NOT_A_NAME_TAGS = frozenset(("v", "vn", "vd", "d", "p", "r", "t", "m", "q", "c", "u", "uj", "ul", "f", "a", "ad"))
_NOT_IN_A_NAME_TAGS = frozenset(("uj", "ul", "c", "p", "r", "t", "m", "d", "f", "q"))
_PEOPLE_OF_A_BODY = (*lx.STAFF, *lx.TITLES, "老板", "员工", "职员", "雇员", "工人", "人士", "官员", "代表", "股东",
                     "客户", "用户", "管理层", "管理者")


def _apposed(folded: str, gaz: Gazetteer) -> list[Span]:
    out = []
    for m in _APPOSED.finditer(folded):
        name = m.group(1)
        tags = rjieba.tag(name)
        if name.startswith(_PEOPLE_OF_A_BODY) or name.endswith(_PEOPLE_OF_A_BODY) or "月" in name \
                or _DOES_FIRST.match(name) or tags[0][1] in _NOT_A_NAME_TAGS \
                or any(t in _NOT_IN_A_NAME_TAGS for _, t in tags) \
                or rjieba.has_word(folded[m.end(1) - 1:m.end(1) + 1]):
            continue  # 公司员工称, 公司老板王明说, 公司前高管, 华为公司表示将, 公司每年公开, 公司七月份, 企业层面来|说:
            # no name
        if (span := _organization(m, gaz)) is not None:
            out.append(span)
    return out


def described_organizations(folded: str, gaz: Gazetteer) -> list[Span]:
    """The Chinese name the text gives a company (一家名为昆仑万维的公司), and one that a description
    of a body opens and its English name glosses, where that English name says it names a body or
    the Chinese name ends as one does (研究机构凯投宏观（Capital Economics）, 环境监督机构全球见证组织
    （Global Witness））. (Any description, a name and its Latin rendering, 半导体制造商中芯国际
    （SMIC）, was tried in session 8: it took titles and persons as well, 发言人黄泉友彦（Tomohiko
    Kurosumi）; an organization's description and an English name of a body take neither.)"""
    out = _glossed(folded, gaz) + _apposed(folded, gaz)
    out += [s for m in _NAMED.finditer(folded) if (s := _organization(m, gaz)) is not None]
    return out


def _organization(m: re.Match[str], gaz: Gazetteer, english: str = "", skip: int = 0) -> Span | None:
    """The organization group 1 of `m` names (less its first `skip` characters): the gazetteer's where
    it knows the name (none where it knows it as no organization), else a new one, with its English
    name as an alias."""
    start, name = m.start(1) + skip, m.group(1)[skip:]
    known = gaz.named(name)
    if known is not None:
        return Span(start, m.end(1), ORG, known.name, PATTERN, key=known.key, type=known.type) \
            if known.kind is ORG else None
    return Span(start, m.end(1), ORG, name, PATTERN, type=ORG.value, aliases=(english,) if english else ())


def latin_organizations(folded: str, gaz: Gazetteer) -> list[Span]:
    """A name in Latin letters that the text says is a company or an organization (lexicon's
    LATIN_ORG_BEFORE and LATIN_ORG_AFTER): the tagger reads Chinese, and leaves these to the rules.
    The gazetteer's name wins where it knows one (NATO)."""
    out = []
    for m in _LATIN_NAME.finditer(folded):
        a, b = m.span()
        if (day := _GLUED_DAY.search(folded, a, b)) is not None and folded.startswith(("月", "日", "号"), b):
            b = day.start()  # YouGov7月公布: the month's number is glued to the name
        if b - a < 2:
            continue
        before = folded[:a].rstrip(" ")  # 科技初创公司 Logically表示
        # 姊妹公司Jet It和JetClub: a Latin name joined to a body's Latin name is a body's too
        joined = bool(out) and before[-1:] in ("和", "与", "及", "、") \
            and folded[out[-1].end:a].strip(" ") == before[-1:]
        if not (before.endswith(lx.LATIN_ORG_BEFORE) or folded.startswith(lx.LATIN_ORG_AFTER, b) or joined
                or _SAID_TO_BE.match(folded, b) or _STAFF_OF.match(folded, b)
                or (before.endswith(_NAMED_AS) and _A_BODY.match(folded, b))):
            continue
        known = gaz.named(folded[a:b])
        if known is not None:
            if known.kind is ORG:
                out.append(Span(a, b, ORG, known.name, PATTERN, key=known.key, type=known.type))
            continue
        name = _CORPORATE.sub("", folded[a:b])  # Musical.ly Inc. is Musical.ly
        if (outlet := next((w for w in _OUTLET_HEADS if folded.startswith(w, b)), "")):
            b, name = b + len(outlet), name + outlet  # ARY新闻台: a broadcaster's name holds its head
        out.append(Span(a, b, ORG, name, PATTERN, type=ORG.value))
    return out


_OUTLET_HEADS = ("新闻台", "电视台")


# 研究机构凯投宏观（Capital Economics）: a description of a body, a Chinese name, its English name.
# Words that open a list of examples after the description (公司包括…, 机构例如…).
_LIST_OPENERS = ("包括", "例如", "比如", "诸如", "像是")
_GLOSSED = re.compile("(?:" + _HEADS + ")([\u4e00-\u9fff·]{2,10}?)"
                      "\\s*[（(]\\s*([A-Z][A-Za-z0-9&.'’ -]{1,60}?)\\s*[）)]")


# 智库“政策交流”, 国际人权组织“自由行走”: a description of a body and a name in quotation marks, whatever
# words make it, unless they open as the writer's own phrase does (机构“并不热衷”: _NO_NAME_OPENING).
_QUOTED_NAME = re.compile("(?:" + _HEADS + ")[“\"「『]([\u4e00-\u9fffA-Za-z0-9· ]{2,16})[”\"」』]")
# …and glossed by a name in Latin letters (数据公司“黑骑士”（Black Knight）, 非政府组织“流明”（Lumen）): a name,
# though the words make a phrase of the dictionary
_LATIN_GLOSS = re.compile(r"\s*[（(]\s*[A-Z]")
# 一个名为“自由青年”的组织: the name given to a body, in quotation marks
_NAMED_QUOTED = re.compile("(?:名为|名叫|叫做|名称为)[“\"「『]([\u4e00-\u9fffA-Za-z0-9· ]{2,16})[”\"」』]"
                           "(?:\\s*[（(][^（）()]{1,60}[）)])?的(?:" + _HEADS + ")")
# 被称为“新型病原体起源国际科学咨询小组”: a name given in quotation marks that ends as a body's does
# (a head of two characters or more: not 被称为“一类双语教学”)
_CALLED_HEADS = (*lx.STRONG_ORG_HEADS, "小组", "中心", "联盟", "组织", "工作组", "理事会", "研究会")
_CALLED_QUOTED = re.compile("(?:称为|名为|名叫|叫做|名称为|称作)[“\"「『]([\u4e00-\u9fff·]{4,20})[”\"」』]")
# 极左翼政党“不屈法国”: after 政党, what is quoted is the party's name, whatever words make it
_QUOTED_PARTY = re.compile("(?:政党|党派)“([\u4e00-\u9fffA-Za-z0-9· ]{2,12})”")
# “泰米尔之虎”组织, “天安门母亲”组织: a name in quotation marks the word 组织 follows (not a kind of group
# of three characters, “本土派”组织, nor one a name in quotation marks follows: 组织“香港故事”); and one
# whose members or founder the text names after it (「香港故事」的成员李宇轩)
_QUOTED_BEFORE_GROUP = re.compile("[“\"「『]([\u4e00-\u9fff·]{4,16})[”\"」』](?:武装)?组织(?![“\"「『])")
_QUOTED_BEFORE_MEMBERS = re.compile("[“\"「『]([\u4e00-\u9fff·]{3,12})[”\"」』]的?"
                                    "(?:成员|召集人|创办人|创始人|发起人|主席|会长|理事长|总干事)")
_NOT_IN_A_GROUP_NAME = frozenset(("v", "vshi", "vyou", "r", "m", "d", "p", "c", "uj", "ul"))  # “这是一个好消息”
# “美国第一新闻网”（One American news Network）: a name in quotation marks, glossed by a body's English name
_QUOTED_GLOSSED = re.compile("[“\"「『]([\u4e00-\u9fff·]{3,16})[”\"」』]"
                             "\\s*[（(]\\s*([A-Z][A-Za-z0-9&.'’ -]{1,60}?)\\s*[）)]")
# What a quoted phrase opens with when it is the writer's words, not a name: an adverb, a conjunction,
# a preposition, a pronoun, a particle or a number (机构“并不热衷”, 组织“完全不足以”).
_NO_NAME_OPENING = frozenset(["d", "ad", "c", "p", "r", "u", "uj", "m", "q"])


def _glossed(folded: str, gaz: Gazetteer) -> list[Span]:
    """A body's description, then a name its English rendering or quotation marks mark as one."""
    out = []
    out += [s for rx in (_QUOTED_PARTY, _NAMED_QUOTED) for m in rx.finditer(folded)
            if (s := _organization(m, gaz)) is not None]
    out += [s for m in _CALLED_QUOTED.finditer(folded)
            if m.group(1).endswith(_CALLED_HEADS) and (s := _organization(m, gaz)) is not None]
    for m in (*_QUOTED_NAME.finditer(folded), *_QUOTED_BEFORE_GROUP.finditer(folded)):
        name = m.group(1)
        glossed = _LATIN_GLOSS.match(folded, m.end()) is not None and "的" not in name
        if len(name) < 3 and not glossed:
            continue
        # before 组织, a name may open with a function word (“与黑人女性共赢”组织: Win With Black Women)
        grouped = m.re is _QUOTED_BEFORE_GROUP and len(name) >= 5
        if gaz.named(name) is None and not glossed and (
                rjieba.has_word(name) or (rjieba.tag(name)[0][1] in _NO_NAME_OPENING and not grouped)
                or "的" in name):  # 苹果公司“收集的关键字列表…”: what it is charged with
            continue
        if (s := _organization(m, gaz)) is not None:
            out.append(s)
    out += [s for m in _QUOTED_BEFORE_MEMBERS.finditer(folded)
            if not any(t in _NOT_IN_A_GROUP_NAME for _, t in rjieba.tag(m.group(1))) and (s := _organization(m, gaz))]
    out += [s for m in _QUOTED_GLOSSED.finditer(folded) if "的" not in m.group(1) and org_ending(m.group(1))
            and lx.ORG_WORDS_EN & set(m.group(2).replace("-", " ").split())
            and (s := _organization(m, gaz, m.group(2))) is not None]
    for m in _GLOSSED.finditer(folded):
        name, english = m.group(1), m.group(2)
        if "的" in name or not (org_ending(name) or lx.ORG_WORDS_EN & set(english.replace("-", " ").split())):
            continue  # 公司的创始人张三（Zhang San）: a person, described by the company
        opener = next((w for w in _LIST_OPENERS if name.startswith(w) and len(name) - len(w) >= 2), "")
        skip = len(opener)  # 公司包括|雷神公司（Raytheon）: the list's opening word is no part of the name
        if (s := _organization(m, gaz, english, skip)) is not None:
            out.append(s)
    return out


_VERB_TAGS = frozenset(("v", "vn", "vd"))


def named_after_description(name: str, start: int, end: int, gaz: Gazetteer) -> Span | None:
    """俄罗斯通讯社国际文传电讯社: a description, then the name the gazetteer knows, or a name with its own
    head; the organization is the named one (as _appositions reads the rules' compounds)."""
    for k in range(2, len(name) - 2):
        known = gaz.named(name[k:])
        if known is not None and known.kind is ORG \
                and (org_ending(name[:k]) or name[:k].endswith(lx.DESCRIBING_HEADS)) \
                and not a_known_place(gaz, name[:k]):  # 广东省 is a place (spans.known_after_place), no description
            return Span(start + k, end, ORG, known.name, MODEL, key=known.key, type=known.type)
    for k in range(2, len(name) - 2):
        # 悉尼外交政策智库|洛伊研究所, 俄罗斯大型能源公司|俄罗斯天然气工业股份公司: a description of a body,
        # then a name with its own head, which the gazetteer need not know
        rest = name[k:]
        if name[:k].endswith(lx.DESCRIBING_HEADS) and any(rest.endswith(h) and len(rest) >= len(h) + 2
                                                           for h in (*lx.STRONG_ORG_HEADS, "党", "社")) \
                and rjieba.tag(rest)[0][1] not in _VERB_TAGS:  # not 股份公司|管理委员会: a verb opens no name
            return Span(start + k, end, ORG, rest, MODEL, type=ORG.value)
    return None


# Words for a kind of body that, after a place, describe the body the gazetteer names next (华尔街银行|高盛).
_KIND_BEFORE_A_NAME = ("银行", "投行", "公司", "集团", "企业", "巨头", "券商")


def descriptions_before_names(spans: list[Span], folded: str, gaz: Gazetteer) -> list[Span]:
    """华尔街银行|高盛, 日本银行|野村证券: a place and a word for a kind of body, right before a body the
    gazetteer knows, describe that body (the Wall Street bank Goldman Sachs): no body of their own
    (not even 日本银行, the Bank of Japan), but the place is named."""
    known_from = {s.start for s in spans if s.kind is ORG and s.rank == GAZETTEER and s.key and s.length >= 2}
    out, places = [], {}
    for s in spans:
        kind = next((k for k in _KIND_BEFORE_A_NAME if folded.endswith(k, s.start, s.end)), "")
        place = gaz.named(folded[s.start:s.end - len(kind)]) if kind and s.kind is ORG and s.end in known_from \
            else None
        if place is None or place.kind is not PLACE:
            out.append(s)
            continue
        places[s.start] = Span(s.start, s.end - len(kind), PLACE, place.name, GAZETTEER, key=place.key,
                               type=place.type)
    return out + list(places.values())
