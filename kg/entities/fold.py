"""Character folding for matching: one character in, one character out, so that offsets found in the
folded text are offsets in the original.

Traditional characters become simplified ones (OpenCC's character table), full-width Latin letters and
digits become ASCII, odd spaces become a plain space, the many middle dots of transliterated names
become "·", as does a full stop between two Han characters, and 丶 typed for it becomes "、".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

DOTS = "·•‧∙⋅・･"  # what newsrooms put between the parts of a transliterated name


# Characters simplified text writes as they are in names, which OpenCC's table turns into variants no
# newsroom uses (篠田亚纪子 is no 筿田, 王汎森 no 王泛森, 杨联陞 no 杨联升, 李东昇 no 李东升).
_NAMES_KEEP = frozenset("篠汎陞昇")


@cache
def table() -> dict[int, str]:
    out: dict[int, str] = {}
    source = files("opencc") / "dictionary" / "TSCharacters.txt"
    for line in source.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0]
        if len(trad) == 1 and len(first) == 1 and trad not in _NAMES_KEEP:
            out[ord(trad)] = first
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII
        out[code] = chr(code - 0xFEE0)
    for ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
        out[ord(ch)] = " "
    for ch in DOTS[1:]:
        out[ord(ch)] = "·"
    out[ord("丶")] = "、"  # the radical, typed for the enumeration comma (美国丶英国与德国)
    return out


# A full stop between two Han characters parts a transliterated name (傑姆．厄茲德米爾, 杰姆.厄兹德米尔).
_HAN_DOT = re.compile(r"(?<=[\u3400-\u9fff])\.(?=[\u3400-\u9fff])")


def fold(text: str) -> str:
    """The same length as text, always."""
    return _HAN_DOT.sub("·", text.translate(table()))


def normalize_name(name: str) -> str:
    """A name as a key: folded, NFC, without spaces around its dots, around a hyphen between Han
    characters (特拉奇克- 斯塔夫斯卡, as the text also writes it unspaced) or at its ends."""
    name = unicodedata.normalize("NFC", fold(name)).strip()
    return _HAN_HYPHEN.sub("-", "·".join(part.strip() for part in name.split("·")))


_HAN_HYPHEN = re.compile(r"(?<=[\u3400-\u9fff])\s*-\s*(?=[\u3400-\u9fff])")
