"""A person's span tidied of what the words around it lent it (kg.entities.candidates): the
tagger's person that is none (解释道, 斯柯达汽车, 克林顿家族), and the characters a name takes from the
words beside it (萨尔曼|肯定, 总|理纳伦德拉·莫迪, 马|可以)."""

from __future__ import annotations

import re

import rjieba

from kg.entities import lexicon as lx
from kg.entities.spans import (
    INITIAL,
    MODEL,
    NAME_TAGS,
    PERSON,
    PLACE,
    Span,
    Tokens,
    a_common_word,
    given_name_is_a_word,
    is_translit,
)
from kg.entities.titles import after_inner_title, inside_a_title, title_begun

_SAID = "称说"
# Words for someone by what they do or where they live, which the tagger reads into the name after them.
_PEOPLE_BEFORE = ("员工", "职员", "雇员", "稻农", "农民", "果农", "菜农", "茶农", "渔民", "牧民", "工人", "居民",
                  "村民", "店员", "店主", "房东", "富豪", "高中生", "大学生", "中学生", "研究生", "留学生")
_SAID_THEN = ("，", ",", "：", ":")
_AFTER_NAME_TAGS = frozenset(("v", "vd", "a", "ad"))  # verbs and adjectives: what a name did, how it was
_DATE_AFTER_YU = re.compile("[0-9一二三四五六七八九十〇两]+[年月日号]|[上下去今明本前昨当同次翌][年月周天日个]"
                            "|(?:周|星期|礼拜)[一二三四五六日天]|当地时间")  # 于周二, 于当地时间…


# One-character words that follow a name (陈时中|称, 李有宜|是): the character before them ends the name.
_AFTER_A_NAME = frozenset("是称说在将也曾又和与为对向就都还并已被把从")


# What follows a maker's name, not a person's (斯柯达汽车, 劳力士手表), nor an eponym's (新麦卡锡主义, 杰文斯悖论)
_PRODUCTS = ("汽车", "轿车", "牌", "手表", "手机", "电脑", "主义", "悖论", "效应", "定律", "风格", "鸡尾酒", "披萨",
             "超市", "连锁店")  # 一家托普斯超市: a shop's name
# A disease or a germ named after a person or a place (基孔肯亚病, 沃尔巴克氏菌), not 病逝, 病倒 (falling ill)
_DISEASE_AFTER = re.compile("氏?(?:菌|病|症|综合征|综合症)(?![逝倒重危故房人例患情况了毒床史假愈])")
_ARMS = ("枪", "炮", "弹")
# What a thing's name follows, not a person's (抗癫痫药物德巴金, 疫苗Comirnaty)
_THINGS_BEFORE = ("药物", "药品", "新药", "疫苗", "指数", "综指", "股指")  # 股票综指达克斯（DAX）: an index
# A town's suffix after an unknown name and its romanization (诺沃-普罗格雷索（Novo Progresso）市)
_TOWN_AFTER_GLOSS = re.compile(r"\s*[（(][A-Za-z][A-Za-z .'-]{1,40}[）)]\s*([市镇村州省县])(?![长民委场政])")


def no_person_here(s: Span, folded: str) -> Span | None:
    """The tagger's person that is none: a verb of saying and 道 (解释道), a maker before its product
    (斯柯达汽车), a weapon (胡椒枪), a drug (药物德巴金); one a town's suffix follows after its
    romanization is a place."""
    if s.kind is not PERSON or s.key:
        return s
    if s.name in lx.KIN_WORDS:
        return None  # 他的记者孙子|高登·史蒂芬森: a grandson, no Mr Sun
    if s.name.endswith("道") and len(s.name) >= 3 and (t := rjieba.tag(s.name[:-1]))[0][1] == "v" and len(t) == 1:
        return None  # 这位艺术家解释道
    if folded.startswith(_PRODUCTS, s.end) or (len(s.name) >= 3 and s.name.endswith(_ARMS)) \
            or folded.endswith(_THINGS_BEFORE, 0, s.start) or folded.startswith("政府", s.end - 1) \
            or (folded.startswith("家族", s.end) and "·" not in s.name) or _DISEASE_AFTER.match(folded, s.end):
        return None  # 斯柯达汽车; 胡椒枪, a weapon; 药物德巴金, a drug; 蔡政|府, a government; 克林顿家族
    if (m := _TOWN_AFTER_GLOSS.match(folded, s.end)) is not None:
        return Span(s.start, s.end, PLACE, s.name, s.rank, type=lx.PLACE_SUFFIXES[m.group(1)], aliases=s.aliases)
    return s


def tidy_person(s: Span, folded: str, tok: Tokens) -> Span | None:
    """A person's span that the gazetteer does not know loses what words around it lent it: the last
    character when it begins a verb or adverb that runs past the span (萨尔曼|肯定, 拉里·戴维|提供), the
    first when it ends a title (总|理纳伦德拉·莫迪); None when what is left is no name, or a word that
    no name begins with opens it (周五袭), or a surname and a word (_a_surname_and_a_word)."""
    if s.kind is PERSON and s.length == 2 and _a_surname_and_a_word(s, folded, tok):
        return None
    if s.kind is not PERSON or s.key or s.length < 3:
        return s
    start, end = s.start, s.end
    if any(folded[max(0, start - k):start + 1] in lx.TITLES for k in (1, 2, 3)):
        start += 1
    start = after_inner_title(folded, start, end)
    while start < end and folded[start] in "-—– ":
        start += 1  # 2018年 - 德普起诉: a dash before the name
    if end - start >= 3 and folded[end - 1] in _ADVERBS and re.fullmatch("[A-Za-z]+", folded[start:end - 1]):
        end -= 1  # Javon|甫从…毕业: a Latin name, then "just"
    if end - start >= 3 and folded[start] in _JOINED_BEFORE and is_translit(folded[start + 1:end].split("·")[0]):
        start += 1  # 和亨利·摩尔, （也称安柏·赫德: "and" or "called" before the name
    if noun := next((p for p in _PEOPLE_BEFORE if folded.startswith(p, start)), ""):
        if end - start - len(noun) < 2:
            return None  # 稻农庄|先生: a rice farmer, and his surname
        start += len(noun)  # 员工|金成: a word for someone, then the name
    if inside_a_title(folded, start, end):
        return None  # 阿亚图|拉: part of a title
    end -= title_begun(folded, start, end)  # 布鲁斯·莱因哈特法|官: the title begins inside the span
    name = folded[start:end]
    word = rjieba.tag(name)
    chinese = (name[:1] in lx.SURNAMES and len(name) == 3) or (name[:2] in lx.SURNAMES and len(name) == 4)
    known = len(word) == 1 and word[0][1] in NAME_TAGS and rjieba.has_word(name)
    # 李克强|调研, 周黎明|说: a Chinese name's third character often makes a word with the next one
    # (not the trained tagger's dotted name, whose last character it read in context: 劳埃德·多格特|发表)
    if not known and not chinese and not (s.rank == MODEL and "·" in name):
        nxt = next((folded[end - 1:end - 1 + n] for n in (3, 2) if end - 1 + n <= len(folded)
                    and rjieba.has_word(folded[end - 1:end - 1 + n])), "")  # a whole word after the name
        tags = rjieba.tag(nxt) if nxt else []
        if len(tags) == 1 and tags[0][1] in lx.GLUED_WORD_TAGS:
            end -= 1
    if chinese and len(name) == 3 and name[:2] not in lx.SURNAMES and end == s.end \
            and folded[end:end + 1] not in _AFTER_A_NAME and (i := tok.at_start.get(end - 1)) is not None \
            and tok.ends[i] > end and tok.tags[i] == "v" and rjieba.has_word(tok.words[i]):
        end -= 1  # 杜和|逃离: the tokenizer reads the third character into the verb after a two-character name
        # (陈其迈|正: not into a "verb" it only guessed, 迈正)
    elif end - start > 2 and folded[end - 1] == "于" and _DATE_AFTER_YU.match(folded, end):
        end -= 1  # 嘉洛于2020年底离开: 于 opens the date and ends no name
    elif end - start == 3 and folded[end - 1] in _SAID and folded[end:end + 1] in _SAID_THEN and name[0] in lx.SURNAMES:
        end -= 1  # 孙云称，: a verb of saying before the comma that opens what is said
    elif not chinese and end == s.end and len(word) >= 2 and word[-1][1] in _AFTER_NAME_TAGS and len(word[-1][0]) >= 2 \
            and word[-2][1] in NAME_TAGS and end - len(word[-1][0]) - start >= 2:
        # 吴舜泽|承诺, 拜登|传达, 斯塔夫斯卡|清楚: a name, then the verb of what it did or the word of how
        # it was (not 司马|振兴, a double surname's
        # given name; and not after a cut above, which `word` no longer describes)
        end -= len(word[-1][0])
    if s.rank == MODEL and end == s.end and "·" in name:
        last = name.rsplit("·", 1)[1]  # 史蒂文·张|试图: a Chinese surname ends the name, a verb follows
        rest = rjieba.tag(last[1:]) if len(last) >= 3 and last[0] in lx.SURNAMES else []
        if len(rest) == 1 and rest[0][1] in _AFTER_NAME_TAGS and rjieba.has_word(last[1:]):
            end -= len(last) - 1
        elif (cut := _words_after(last)) is not None:
            end -= len(last) - cut  # 法赫德·莫什里|关系密切: the transliteration ends where words begin
    if (glued := _GLUED_LATIN.search(folded, start + 2, end)) is not None:
        end = glued.start()  # 艾文|对BBC: a preposition and a Latin name after the person
    opening = word[0] if word else ("", "")
    if 2 <= len(opening[0]) < end - start and opening[1] in lx.NOT_NAME_OPENING_TAGS and not chinese \
            and folded[start + len(opening[0]):start + len(opening[0]) + 1] != "·":
        return None  # 周五|袭: a time word, a pronoun or an adverb opens no name (尤本·帕拉奎莱斯: a given name does)
    if (start, end) == (s.start, s.end):
        return s
    name = folded[start:end]
    if end - start < 2 or name in lx.NOT_NAMES or given_name_is_a_word(name) or name.endswith("·"):
        return None
    plain = INITIAL.sub("", name)
    return Span(start, end, s.kind, plain, s.rank, type=s.type, facts=s.facts, aliases=(name,) if plain != name else ())


_JOINED_BEFORE = frozenset("和与及称")
_ADVERBS = frozenset("甫刚也都又才就便已曾还亦")
_GLUED_LATIN = re.compile("[对向和与给被][A-Za-z]")


def _words_after(last: str) -> int | None:
    """Where the last part of a dotted name stops being a transliteration: a character no
    transliteration uses that opens a word of the dictionary (莫什里|关系密切), after two or more."""
    for p in range(2, len(last) - 1):
        if last[p] not in lx.TRANSLIT and is_translit(last[:p]) and a_common_word(last[p:p + 2]):
            return p
    return None


def _a_surname_and_a_word(s: Span, folded: str, tok: Tokens) -> bool:
    """马|可以读懂人, 李|强调: two characters read as a name are a surname and the first character of a
    verb, conjunction, adverb or preposition the tokenizer reads on past them; not after a title
    (作家高健在), nor where the word's second character is one that follows names (李明|说, 高健|在), nor
    without a surname (拜登|上台)."""
    i = tok.at_start.get(s.end - 1)
    return s.name[0] in lx.SURNAMES and i is not None and tok.ends[i] > s.end \
        and tok.tags[i] in _NOT_A_NAME_END_TAGS and rjieba.has_word(tok.words[i]) \
        and tok.words[i][1] not in _AFTER_A_NAME and not folded.endswith(_BEFORE_A_NAME, 0, s.start)


_NOT_A_NAME_END_TAGS = frozenset(("v", "c", "d", "p"))
_BEFORE_A_NAME = (*lx.TITLES, *lx.DESCRIPTORS)  # a title or a description before the name
