"""The gazetteer's names in a piece of text (kg.entities.candidates' first layer): where the
tokenizer's words let them stand, and not where a name is two words' halves (近日|本土 holds no 日本)."""

from __future__ import annotations

import re
from bisect import bisect_right

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer, Hit
from kg.entities.place_abbreviations import ABBREVIATIONS
from kg.entities.spans import BODY_HEADS, GAZETTEER, ORG, PLACE, Span, Tokens, a_common_word, org_location, title_after
from kg.model import EntityKind

_AFTER_BAO = frozenset("道告名复警价案")  # 报道, 报告, 报名, 报复, 报警, 报价, 报案
_PREPOSITIONS = frozenset("对为在与和向从被把同跟往赴")
_WORDS_ACROSS = frozenset(("国家", "国际", "党派", "局面"))
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z .'’-]*")  # a name the gazetteer knows in Latin letters…
_LATIN_NEXT = re.compile(r" [A-Z]")  # …and the next word of a longer Latin name, or the word before it
_LATIN_BEFORE = re.compile(r"[A-Za-z] ")


def known_names(folded: str, tok: Tokens, gaz: Gazetteer) -> list[Span]:
    """The gazetteer's names in the text, where the tokenizer's words let them stand."""
    out = []
    hits = list(gaz.find(folded))
    kinds = {(h.start, h.end): gaz.entities[h.key].kind for h in hits}
    org_starts = {a for (a, _), k in kinds.items() if k is ORG}
    place_ends = {b for (_, b), k in kinds.items() if k is PLACE}
    place_starts = {a for (a, _), k in kinds.items() if k is PLACE}
    for hit in hits:
        kind = kinds[(hit.start, hit.end)]
        aligned_start = hit.start in tok.at_start or _after_a_preposition(folded, tok, hit)
        aligned_end = hit.end in tok.at_end or _government_after(folded, tok, hit.end) or (
            hit.end + 1 in tok.at_end and folded[hit.end] in lx.ADVERBS_AFTER_NAMES) or (
            aligned_start and (title_after(folded, tok, hit.end) or _locative_after(folded, tok, hit.end)))
        if kind is ORG and folded.startswith(lx.HEADQUARTERS, hit.end) \
                and hit.end + 2 in tok.at_end:
            # 纽约联合国总部, one word to rjieba: the organization, after the place it is in
            aligned_end, aligned_start = True, aligned_start or hit.start in place_ends
        if kind is PLACE and not _inside_place_word(tok, hit.start, hit.end):
            # 上海复旦大学 (one word to rjieba): a place that qualifies an organization the gazetteer
            # knows; 湖南|岳阳 (湖|南岳|阳): known places run together, the word edges at their ends
            aligned_end = aligned_end or (aligned_start and (hit.end in org_starts or hit.end in place_starts))
            aligned_start = aligned_start or (aligned_end and hit.start in place_ends)
        # Inside a longer word ("北京时间", "中国外交部") a name is part of that word, not a mention,
        # unless the name is long enough to be unmistakable and meets the word at one edge.
        if kind is PLACE and _last_begins_a_word(folded, hit, gaz) and not _government_after(folded, tok, hit.end):
            continue  # (but 深圳市|政府: the town's government, no 市政)
        if kind is PLACE and hit.end - hit.start == 2 and all(
                (i := tok.at_start.get(a)) is not None and tok.ends[i] == a + 1 and tok.tags[i] in _FUNCTION_TAGS
                for a in (hit.start, hit.start + 1)):
            continue  # 经济上|和|社会上: two function words, no town 上和
        if kind is PLACE and folded[hit.end:hit.end + 1] == "族" and gaz.entities[hit.key].type == "Country":
            continue  # 哈萨克族, 蒙古族: a people, no mention of the country
        if _a_word_used_so(folded, hit, kind):
            continue  # 更广义的 (wider), 联想到 (reminded of): a word, no town or company
        if _LATIN_WORD.fullmatch(folded, hit.start, hit.end) and (
                _LATIN_NEXT.match(folded, hit.end) or _LATIN_BEFORE.fullmatch(folded[max(0, hit.start - 2):hit.start])):
            continue  # Chad O'Carroll, a person's name in Latin letters: no Chad; New York Times: no New York
        if kind is PLACE and folded[hit.end - 1:hit.end + 1] == "市场":
            continue  # 自由市|场: a free market, no Freetown
        if kind is PLACE and hit.start > 0 and folded[hit.start - 1] in ("个", "座") \
                and gaz.entities[hit.key].type != "Country" and rjieba.has_word(folded[hit.start:hit.end]):
            continue  # 一个山口 (a mountain pass), 那座大洲: a common noun the measure word counts, no town
        if kind is ORG and folded[hit.end - 1:hit.end + 1] in _WORDS_ACROSS and hit.end not in tok.at_end:
            continue  # 伊斯兰国|家, 民主党|派, 政治局|面: the body's last character begins a common word
        if kind is ORG and folded[hit.end:hit.end + 1] == "员" and hit.end + 1 in tok.at_end \
                and rjieba.has_word(folded[hit.end - 2:hit.end + 1]):
            continue  # 人权观察|员: a human-rights monitor (观察员), no Human Rights Watch
        if kind is ORG and folded[hit.end - 1] == "报" and folded[hit.end:hit.end + 1] in _AFTER_BAO:
            continue  # 意大利新闻报|道, 澳大利亚人报|名: no paper
        fits = (aligned_start and aligned_end) or (hit.end - hit.start >= 3 and (aligned_start or aligned_end)
                                                   and not (kind is PLACE and _suffix_cut(folded, tok, hit)))
        if not fits and not (kind is ORG and _beyond_the_dictionary(folded, tok, hit.start, hit.end)):
            continue
        e = gaz.entities[hit.key]
        span = Span(hit.start, hit.end, e.kind, e.name, GAZETTEER, key=e.key, type=e.type)
        if kind is ORG:
            org_location(span, folded[hit.start:hit.end], hit.start, gaz)  # 中国外交部: in China, however known
            span.type = e.type
            place = span.facts[0][1] if span.facts else None
            rest = folded[place.end:hit.end] if place is not None and place.type == "Country" else ""
            if len(rest) >= 3 and rest not in BODY_HEADS:  # not 电信 of 中国电信, 银行 of 韩国银行
                # 韩国统一部 is also 统一部, where no other body is (fullnames.short_forms); a town's body
                # is named by the town (北京师范大学 is no 师范大学)
                span.aliases = (rest,)
        out.append(span)
    return out



def _after_a_preposition(folded: str, tok: Tokens, hit: Hit) -> bool:
    """对华|为、中兴, 图为首|尔街头: a preposition the tokenizer glued to the name's first character
    (对华 and 为首 are words); the name begins after it, where its end meets a word's."""
    i = tok.across(hit.start)
    return i is not None and tok.starts[i] == hit.start - 1 and tok.ends[i] == hit.start + 1 \
        and folded[hit.start - 1] in _PREPOSITIONS and hit.end - hit.start >= 2 and hit.end in tok.at_end


def _suffix_cut(folded: str, tok: Tokens, hit: Hit) -> bool:
    """沿|海城市: a town's name and its suffix whose start cuts a common word of the dictionary."""
    i = tok.across(hit.start)
    return folded[hit.end - 1] in lx.PLACE_SUFFIXES and i is not None and tok.tags[i] in lx.COMMON_WORD_TAGS \
        and rjieba.has_word(tok.words[i])


_FUNCTION_TAGS = frozenset(["f", "c", "p", "d", "r", "u", "uj", "ul", "ud", "ug", "uz", "uv"])
_PLACE_WORD_ENDS = frozenset("市省州县镇村区乡海国城港路岛湾湖山河江")


def _last_begins_a_word(folded: str, hit: Hit, gaz: Gazetteer) -> bool:
    """日本|海军, 挪威|海上: a known place, then a common word whose first character the place's name
    (日本海, 挪威海) ends with: the place is the shorter name, the word its navy or what lies offshore.
    Only where that character is a word for a place (市, 海, 港…): 阿拉斯加|美中 is Alaska, not Arras."""
    last = folded[hit.end - 1:hit.end + 1]
    return len(last) == 2 and last[0] in _PLACE_WORD_ENDS and a_common_word(last) \
        and (known := gaz.named(folded[hit.start:hit.end - 1])) is not None and known.kind is PLACE


_DEGREE = frozenset("更最很较")
_VERB_ENDINGS = frozenset("到起了着过")


def _a_word_used_so(folded: str, hit: Hit, kind: EntityKind) -> bool:
    """A known name that is a word of the dictionary, used as one: after a word of degree and before
    的, an adjective (更广义的, not the Vietnamese town); before 到 or 了, a verb (联想到, not Lenovo)."""
    name = folded[hit.start:hit.end]
    if len(name) != 2 or not rjieba.has_word(name):
        return False
    if kind is PLACE:
        return folded[hit.start - 1:hit.start] in _DEGREE and folded.startswith("的", hit.end)
    return folded[hit.end:hit.end + 1] in _VERB_ENDINGS and rjieba.tag(name)[0][1] == "v"


def a_day_before(folded: str, start: int, end: int) -> bool:
    """近日|本土, 单日|本土: 日本 cut from both sides, its 日 ending a word of days and its last character
    beginning a word after it (not 中日, 抗日: a country's short form before 日)."""
    return folded[start] == "日" and start > 0 and folded[start - 1] not in ABBREVIATIONS \
        and rjieba.has_word(folded[start - 1:start + 1]) and rjieba.has_word(folded[end - 1:end + 1])


def _beyond_the_dictionary(folded: str, tok: Tokens, start: int, end: int) -> bool:
    """An organization's name newer than rjieba's dictionary (微信, 脸书, 恒大), which it cuts up
    (利用微|信, 发微信): found where its edges fall inside words, unless an edge leaves one character of
    a dictionary word outside (台美|团结 holds no 美团: 结 alone is left of 团结)."""
    if rjieba.has_word(folded[start:end]):
        return False
    for at in (start, end):
        i = tok.across(at)
        if i is not None and len(tok.words[i]) >= 2 and rjieba.has_word(tok.words[i]):
            outside = at - tok.starts[i] if at == start else tok.ends[i] - at
            if outside == 1:
                return False
    return True


def _inside_place_word(tok: Tokens, start: int, end: int) -> bool:
    """马里|兰州 inside 马里兰州, one place word to rjieba: no two places run together."""
    i = bisect_right(tok.starts, start) - 1
    return i >= 0 and tok.tags[i] == "ns" and (tok.starts[i] < start or tok.ends[i] > end)


def _locative_after(folded: str, tok: Tokens, end: int) -> bool:
    """"微博上" is one token to rjieba (a locative); the name in it is still named."""
    return folded[end:end + 1] in lx.LOCATIVES and end + 1 in tok.at_end


def _government_after(folded: str, tok: Tokens, end: int) -> bool:
    """"中国政府" is one token; the country in it is still mentioned."""
    return any(folded.startswith(w, end) and end + len(w) in tok.at_end for w in lx.GOVERNMENT_WORDS)
