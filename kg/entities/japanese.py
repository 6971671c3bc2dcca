"""Japanese names as Chinese news writes them (小池百合子, 松野博和, 新渡户稻造): a Japanese surname of two
or three characters (kg/data/japanese_surnames.txt) and a given name of one to three. The trained
tagger learnt Chinese names, of two and three characters, and cuts these short (松野博, 米本香).

Read only in an article that names Japan (`names_japan`): elsewhere 小林 or 石川 is more often a
Chinese nickname or a place."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import rjieba

from kg.entities import lexicon as lx
from kg.entities.spans import HAN_RUN, NAME_TAGS, PATTERN, PERSON, Span, Tokens

# Words that tell an article is about Japan or names Japanese people.
JAPAN_WORDS = ("日本", "东京", "日方", "日媒", "日籍", "日裔", "大阪", "冲绳", "横滨", "北海道")

# Last characters of three-character given names (百合子, 多几郎, 纯一郎, 龙之介).
_THIRD = frozenset("郎子美介助雄夫彦太代惠江乃奈香树男实之辅藏卫")  # not 也: 芳文|也在
# Characters that follow a surname and are no given name: 岸田派, 石破氏, 安倍家.
_NOT_ONE_CHARACTER_NAME = frozenset("派氏家君们方案式流系帮籍姓")
# Second characters of given names that begin with 和 (和男, 和夫, 和彦, 和也).
_AFTER_WA = frozenset("男夫彦也子美久弘宏之正树幸义雄人")
# Characters no given name holds: the surname was a place or a firm's (石川县, 本田技研).
_NOT_IN_GIVEN = frozenset("县市町村区港湾岛站省州道郡研")
_ADVERBS = frozenset("却虽则未仍便亦皆不没")  # 麻生|却未, 河野|虽属: "but not", "though": no given name
# Given names that are also words of the dictionary (麻生太郎, 大坂直美): read as names all the same.
_WORD_NAMES = frozenset(["太郎", "次郎", "纪子", "直美", "美穗", "健太", "翔太", "大辅", "雅子", "爱子", "优子",
                         "裕子", "和子"])


@cache
def surnames() -> frozenset[str]:
    text = files("kg.data").joinpath("japanese_surnames.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def names_japan(texts: list[str]) -> bool:
    return any(w in t for t in texts for w in JAPAN_WORDS)


def japanese_names(folded: str, tok: Tokens) -> list[Span]:
    """Every surname of the list that begins a word, and the given name after it."""
    known = surnames()
    out = []
    for start in tok.starts:
        for k in (3, 2):
            surname = folded[start:start + k]
            if surname in known and (given := _given_name(folded, start, start + k)):
                name = surname + given
                out.append(Span(start, start + len(name), PERSON, name, PATTERN, type="Person"))
                break
    return out


def japanese_surname(name: str) -> str:
    """The surname of a Japanese name of four characters or more, else ''."""
    if len(name) >= 4:
        for k in (3, 2):
            if name[:k] in surnames() and len(name) - k >= 2:
                return name[:k]
    return ""


def _given_name(folded: str, surname_at: int, at: int) -> str:
    """One to three characters up to where the name ends: 松野博和|周一, 小池百合子|等, 石破茂|说."""

    def ends(i: int) -> bool:  # the name ends before folded[at + i]
        j = at + i
        return j >= len(folded) or not HAN_RUN.match(folded[j]) or folded[j] in lx.AFTER_NAME or (
            i >= 2 and rjieba.has_word(folded[j:j + 2]))  # 岸田一隆|提醒

    first, second = folded[at:at + 1], folded[at + 1:at + 2]
    if first == "和" and second in _AFTER_WA and ends(2):
        return first + second  # 植田和男, 稻盛和夫: 和 begins the name, not "and"
    if ends(0) or first in lx.NOT_IN_GIVEN_NAMES or first in _ADVERBS or _NOT_IN_GIVEN.intersection(folded[at:at + 3]):
        return ""
    if second and not ends(1) and folded[at + 2:at + 3] in _THIRD and ends(3):
        return folded[at:at + 3]  # 百合子, 多几郎
    # 和 ends a given name only where the name ends after it (松野博和说, 松野博和周一), not before a name
    # (石破茂和岸田, 石破茂和韩国总统: a name after 和 is the next party)
    if second and (not ends(1) or (second == "和" and ends(2) and not _a_name_at(folded, at + 2))) and ends(2):
        given = folded[at:at + 2]
        return given if not rjieba.has_word(given) or given in _WORD_NAMES else ""  # not 访问, 政府, 一行
    if ends(1) and first not in _NOT_ONE_CHARACTER_NAME:
        tags = rjieba.tag(folded[surname_at:at + 1])
        if len(tags) == 1 and tags[0][1] in NAME_TAGS:
            return first  # 石破茂, which the word tagger reads as one name
    return ""


def _a_name_at(folded: str, at: int) -> bool:
    """A two-character word the tokenizer tags as a name or a place begins at `at` (韩国, 岸田)."""
    word = folded[at:at + 2]
    tags = rjieba.tag(word) if len(word) == 2 and rjieba.has_word(word) else []
    return len(tags) == 1 and tags[0][1] in lx.NAMED_TAGS
