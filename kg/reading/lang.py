"""Language of an article from its text: zh-Hans, zh-Hant or en."""

from __future__ import annotations

import re
from collections import Counter

from hanzidentifier import helpers

from kg.text import HAN

# Characters only one script uses, from CC-CEDICT as hanzidentifier ships it.
_TRAD_ONLY = frozenset(helpers.TRADITIONAL_CHARACTERS - helpers.SHARED_CHARACTERS)
_SIMP_ONLY = frozenset(helpers.SIMPLIFIED_CHARACTERS - helpers.SHARED_CHARACTERS)
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect(text: str) -> str:
    """BCP 47 tag. Chinese when there are at least as many Han characters as Latin words (a
    bilingual text counts as Chinese); then the script whose distinctive characters are more
    frequent (ties go to zh-Hans)."""
    han = len(HAN.findall(text))
    latin_words = len(_LATIN_WORD.findall(text))
    if han == 0 or han < latin_words:
        return "en"
    counts = Counter(text)  # counted in C; then only the distinct characters are looked up
    trad = sum(n for c, n in counts.items() if c in _TRAD_ONLY)
    simp = sum(n for c, n in counts.items() if c in _SIMP_ONLY)
    return "zh-Hant" if trad > simp else "zh-Hans"
