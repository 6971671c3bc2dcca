"""Names romanized in the bracket after them (中美关系观察家利明璋（Bill Bishop）): where a title or a
word for a role stands before the Chinese name and the bracket holds a person's Western name, the name
is a person's, though the tagger and the titles miss names of uncommon surnames there. So is a name
the translator marks as rendered by its sound (缝纫店老板恽从平（音）)."""

from __future__ import annotations

import re

import rjieba
from pypinyin import Style, pinyin

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.entities.spans import ORG, PERSON, TITLED, Span, a_city
from kg.text import HAN_CLASS

# Two to four capitalized words, none of them a body's (lexicon.ORG_WORDS_EN) or a place's or a
# thing's (Thanh Loc Ward, Long Covid, Consumer Confidence Index); a middle initial (David A. Palmer),
# and the translator's 音 after a comma (Saori N. Katada，音: the Chinese renders the sound).
# Latin letters with their accents (Günther, Hříbek): Latin-1 and Latin Extended-A, whose capitals and
# small letters alternate (both are let in either class).
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſ"
_ROMANIZED = re.compile(rf"[（(]((?:(?:[{_UP}][{_LOW}]+\.?|[{_UP}]\.) ){{1,3}}[{_UP}][{_LOW}{_UP}'’-]+)"
                        r"(?:[，,] ?音)?[)）]")
_THINGS_EN_WORDS = """
Unit Index Covid Street Avenue Road River Lake Mountain Island Islands Bay Park Square Station
Airport Port Valley Ward Territory Museum Hospital Court Police Army Navy Force Forces Service
Press Review Institution League Lab Program Programme Advisory Alumni Electric Mobil Sachs Studio
Agreement Act Prize Award
"""
_THINGS_EN = frozenset(_THINGS_EN_WORDS.split())
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
# A word for a role ends in one of these (观察家, 心理治疗师, 主播, 局长, 消费者): a name may follow it.
_ROLE_ENDS = tuple("家者师员长授官播士")
# Nouns for people that end no name and stand before one (缝纫店老板恽从平, 北京店主吴一兰).
_PEOPLE = ("老板", "店主", "房东", "居民", "村民", "男子", "女子", "工人", "学生", "店员")
_ORDINARY_TAGS = frozenset({"n", "ng", "v", "vn", "a", "an", "d", "ad"})
# Titles written after a name, before its romanization (安德斯医生（Dr Katie Anders）): no part of the name.
_TITLES_AFTER = ("医生", "博士", "教授", "先生", "女士", "律师")


def romanized_persons(folded: str, gaz: Gazetteer) -> list[Span]:
    """Each name of two to five Han characters right before a bracket holding a person's Western
    name, after a title or a dictionary word for a role: the shortest such name."""
    out = []
    for m in _ROMANIZED.finditer(folded):
        if any(w.rstrip(".") in lx.ORG_WORDS_EN or w.rstrip(".") in _THINGS_EN for w in m.group(1).split()):
            continue
        at = m.start()
        while at > 0 and folded[at - 1] == " ":
            at -= 1  # 莎琪 (Jen Psaki): a space before the bracket
        at -= len(next((t for t in _TITLES_AFTER if folded.endswith(t, 0, at)), ""))  # 安德斯|医生（Dr Katie Anders）
        if "-" in m.group(1) and (start := _hyphened_before(folded, at)) is not None:
            # 埃文斯-普里查德（Julian Evans-Pritchard）: a double surname, hyphened in both scripts
            out.append(Span(start, at, PERSON, folded[start:at], TITLED, type="Person"))
            continue
        for n in (2, 3, 4, 5):
            if at - n < 1 or not _HAN_RUN.fullmatch(name := folded[at - n:at]):
                continue
            role = _after_a_role(folded[max(0, at - n - 8):at - n], name)
            if not (role or _beside_another(folded, at - n, name) or _surname_glossed(name, m.group(1))):
                continue
            known = gaz.named(name)
            # a city's name the bracket glosses as a person's (退役上将蒙哥马利(Mark Montgomery)): the person;
            # so is a firm's after a role (特派记者麦肯锡（Jean Mackenzie）)
            city = a_city(known)
            firm = known is not None and known.kind is ORG and role
            if (_a_name(name) or ((city or firm) and name not in lx.TITLES)) \
                    and (known is None or known.kind is PERSON or city or firm):
                person = known if known is not None and known.kind is PERSON else None
                out.append(Span(at - n, at, PERSON, person.name if person else name, TITLED,
                                key=person.key if person else "", type="Person"))
            break
    return out


def _hyphened_before(folded: str, at: int) -> int | None:
    """Where a name of transliteration characters hyphened once (埃文斯-普里查德) ending at `at` starts."""
    k = folded.rfind("-", max(0, at - 7), at)
    if k < 0 or at - k < 3 or not all(c in lx.TRANSLIT for c in folded[k + 1:at]):
        return None
    start = k
    while start > 0 and k - start < 6 and folded[start - 1] in lx.TRANSLIT:
        start -= 1
    return start if k - start >= 2 else None


# The translator's 音 in brackets (folded to ASCII brackets), and what a name so marked begins after.
_RENDERED = re.compile(r"\(音\)")
_TITLES_AFTER = ("女士", "先生", "小姐", "太太", "上校", "少校", "中校", "将军", "医生", "教授")
_BEFORE_A_NAME = frozenset("，,。：:；;“”「」—…的和与及、 ")


def rendered_persons(folded: str, gaz: Gazetteer) -> list[Span]:
    """The name of two to four Han characters before a bracketed 音 (杜和（音）, 儿子高扬（音）,
    米本香织（音）): the shortest that begins after punctuation, a function word, a title, a role or
    a kin word, or that is a surname and two characters (诈骗园区高觉泰（音）). The translator marks
    people's names so; a dotted name (苏妮·张（音）) is the dotted names' rule's."""
    out = []
    for m in _RENDERED.finditer(folded):
        at = m.start()
        title = next((t for t in _TITLES_AFTER if folded.endswith(t, 0, at)), "")
        at -= len(title)  # 诺布上校（音）, 赫莱温女士（音）: the name before the title
        for n in (2, 3, 4):
            start = at - n
            if start < 0 or not _HAN_RUN.fullmatch(name := folded[start:at]):
                break
            if start == 0 or folded[start - 1] in _BEFORE_A_NAME or (n == 3 and name[0] in lx.SURNAMES) \
                    or _after_a_role(folded[max(0, start - 8):start], name):
                known = gaz.named(name)
                person = known if known is not None and known.kind is PERSON else None
                if known is None or person is not None or a_city(known):
                    out.append(Span(start, at, PERSON, person.name if person else name, TITLED,
                                    key=person.key if person else "", type="Person"))
                break
    return out


def _after_a_role(before: str, name: str) -> bool:
    """The words before the name end with a title, a word for a role or a kin word, right where the
    name begins: 观察家|利明璋, 局长|丰特斯, 治疗|师|波皮尔 (a noun and a role's character), 领导|人物|卡尔比策,
    女儿|乃欧米; not 称为|长|新冠."""
    words: list[tuple[str, str]] = []
    at = 0
    for w, tag in rjieba.tag(before + name):
        if at == len(before):
            break
        if at + len(w) > len(before):  # a word runs across the name's start: only a title of two
            return before.endswith(_TITLES_OF_TWO)  # characters or more ending there (处处|长史|克力奈)
        words.append((w, tag))
        at += len(w)
    if not words:
        return False
    last, tag = words[-1]
    if last in lx.TITLES or last.endswith(_PEOPLE) or last == "人物" or last in lx.KIN_WORDS \
            or (len(last) >= 2 and last.endswith(_ROLE_ENDS) and rjieba.has_word(last)):
        return True
    return len(last) == 1 and last in _ROLE_ENDS and len(words) >= 2 and len(words[-2][0]) >= 2 \
        and words[-2][1] in ("n", "vn", "nz")


_TITLES_OF_TWO = tuple(sorted((t for t in lx.TITLES if len(t) >= 2), key=len, reverse=True))


def _beside_another(folded: str, start: int, name: str) -> bool:
    """A name of a surname and one or two characters after 和, 与 or 、 (高万桑和宗树人(David A. Palmer),
    与傅飞岚(Franciscus Verellen)共同编辑): the second of two people, as the bracket says."""
    return start > 0 and folded[start - 1] in "和与及、" and len(name) in (2, 3) and name[0] in lx.SURNAMES


def _surname_glossed(name: str, western: str) -> bool:
    """的任美格(Meg Rithmire), 明克胜(Carl Minzner): three characters, a surname first, whose sound opens as
    the bracket's surname does (or its first word, as a Chinese name is glossed: Li Qiang). A Western
    scholar's Chinese name is chosen so; a common word seldom begins that way by chance."""
    words = western.split()
    return len(name) == 3 and name[0] in lx.SURNAMES and _a_name(name) and any(
        w[:1].lower() in pinyin(name[0], style=Style.FIRST_LETTER, heteronym=True)[0] for w in (words[0], words[-1]))


_PROPER_TAGS = frozenset(("nrt", "ns"))  # (not nr: 金刚 (King Kong), a word for a character)


def _a_name(name: str) -> bool:
    """No title, role, dictionary word or run of ordinary words (信心|指数, 情报|社), and no function
    word first (的麦家廉)."""
    tags = rjieba.tag(name)
    proper = len(tags) == 1 and tags[0][1] in _PROPER_TAGS  # 欧德 (a place's name to the dictionary)
    return name not in lx.TITLES and not name.endswith(_ROLE_ENDS) and (proper or not rjieba.has_word(name)) \
        and name[0] not in "的之和与及在是为对被把将从向" and "的" not in name \
        and not (len(tags) >= 2 and all(rjieba.has_word(w) and t in _ORDINARY_TAGS for w, t in tags))
