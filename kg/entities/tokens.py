"""rjieba's tokens of a folded text, with character offsets, and the words it keeps whole that the
names around them need apart."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

import rjieba

from kg.entities import lexicon as lx


class Tokens:
    """rjieba's tokens of a folded text, with character offsets."""

    def __init__(self, folded: str) -> None:
        tagged = _titles_joined([part for w, t in rjieba.tag(folded) for part in _head_and_title(w, t)
                                 for part in _function_word_apart(*part)])
        self.words = [w for w, _ in tagged]
        self.tags = [t for _, t in tagged]
        self.ends = list(accumulate(len(w) for w in self.words))
        self.starts = [e - len(w) for e, w in zip(self.ends, self.words, strict=True)]
        self.at_start = {s: i for i, s in enumerate(self.starts)}
        self.at_end = {e: i for i, e in enumerate(self.ends)}

    def __len__(self) -> int:
        return len(self.words)

    def across(self, at: int) -> int | None:
        """The token that `at` falls strictly inside (a word the offset cuts in two), if any."""
        i = bisect_right(self.starts, at) - 1
        return i if i >= 0 and self.starts[i] < at < self.ends[i] else None


_HEAD_TITLES = {h + t: (h, t) for h in (*lx.NAMED_ORG_HEADS, *lx.ORG_HEADS) for t in lx.TITLES if len(h + t) <= 6}


def _head_and_title(word: str, tag: str) -> list[tuple[str, str]]:
    """大学教授, 学院院长: one word to rjieba, a body's head and a title to the names around them
    (日本上智|大学|教授|中野晃一: the university, then the professor)."""
    split = _HEAD_TITLES.get(word)
    return [(split[0], "n"), (split[1], "n")] if split else [(word, tag)]


# Words of rjieba's dictionary that glue a conjunction or preposition to a place (记者|和澳洲|广播公司,
# 从金华): found by trying 和, 与, 及, 同, 跟, 在 and 从 before every name of kg's places; 和龙市 is a city.
_GLUED_TO_A_PLACE = frozenset((
    "从岩国", "从平阳", "从朝阳", "从松山", "从永宁", "从河东", "从金华", "和佩斯", "和宜兰", "和川西",
    "和恒山", "和栖霞", "和永宁", "和沅江", "和河东", "和澳洲", "和莱昂", "和金奈", "和镇安"))


def _function_word_apart(word: str, tag: str) -> list[tuple[str, str]]:
    if word in _GLUED_TO_A_PLACE:
        return [(word[0], "c" if word[0] == "和" else "p"), (word[1:], "ns")]
    return [(word, tag)]


# Titles rjieba cuts in two where the second word is no title of its own (首席|执行官, 活动|人士): one
# token, so that the name after it is read as a title's.
_SPLIT_TITLES = {tuple(words): t for t in lx.TITLES if len(words := rjieba.cut(t)) == 2 and words[1] not in lx.TITLES}


def _titles_joined(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w, t in tagged:
        if out and (title := _SPLIT_TITLES.get((out[-1][0], w))) is not None:
            out[-1] = (title, "n")
        else:
            out.append((w, t))
    return out
