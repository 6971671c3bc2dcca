"""Footer lines: author biographies, translators, the link to the original, and what to skip.

Patterns are data, tried in order; each names what a line is. Old layouts have no <footer>, so the
same patterns also pick these lines off the end of the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from kg.model import Author, Biography, Paragraph
from kg.reading.dates import ymd
from kg.text import HAN_CLASS as HAN
from kg.text import has_han

# O’Connor, Londoño, Simões: Latin letters with their accents
_LATIN_NAME = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*\.?(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*\.?){0,4}"


class LineKind(Enum):
    TRANSLATOR = "translator"
    ORIGINAL = "original"
    NOTE = "note"  # contributors, first-published notes: kept out of the body, not mapped
    BIO = "bio"


_TRANSLATOR = re.compile(r"^(?:翻译|翻譯|译者|譯者|Translated by|Translation by|Translator)\s*[:：]?\s*"
                         r"(?P<names>.+)$", re.I)
_ORIGINAL_ANCHOR = re.compile(r"英文版|英文原文|原文|English version|Read (?:it |this )?in English", re.I)
_NOTE = re.compile(r"对本文有(?:研究|报道)贡献|對本文有(?:研究|報道)貢獻|参与了本文报道|本文最初发表于|本文最初發表於")
# Who reported from where (Lara Jakes和John Ismay自华盛顿、Steven Lee Myers自首尔报道。)
_CREDIT = re.compile(rf"{_LATIN_NAME}(?:(?:和|、|及)\s*{_LATIN_NAME})*\s*(?:自|从)[^。]{{1,40}}报道。?$")
# A byline line that ends the text (作者：乔·兰斯戴尔（Jo Lonsdale）…BBC广播电台新闻记者)
_BYLINE_LINE = re.compile(r"^(?:作者|撰文|撰稿|记者|記者)\s*[:：]")
# A colleague's biography that opens with where they work from (Jack Ewing常驻法兰克福，主要撰写…)
_BASED_IN = re.compile(rf"{_LATIN_NAME}\s*(?:常驻|常駐|驻|駐)")
# Bylines and translator lists: 、 , / ; and the English "and". Not 和 or 与: they occur inside
# Chinese names (王和平).
_NAME_SPLIT = re.compile(r"\s*(?:[、,，/;；&＆]|\band\b)\s*", re.I)

# A biography opens with the author's name: 中文名(English Name), English Name, or 中文名.
_BIO_OPENINGS = (
    re.compile(rf"^(?P<zh>[{HAN}·]{{2,10}})\s*[（(](?P<latin>{_LATIN_NAME})[)）]"),
    # a Latin name, then Chinese words about its bearer (Jim Tankersley撰写…, Joy Dong常驻香港): the
    # line counts only where the name is a byline's (classify, join_authors)
    re.compile(rf"^(?P<latin>{_LATIN_NAME})\s*(?:[（(]\s*@\w+\s*[)）])?\s*"
               rf"(?=[{HAN}]|，|,| is | was | has | covers | reports )"),
    re.compile(rf"^(?P<zh>[{HAN}·]{{2,6}})(?=是|于|於|曾|为|為)"),
)
# What the biography says of the job: "是《纽约时报》首席中国记者", "是时报媒体记者", "是一名调查记者".
_JOB_WITH_PAPER = re.compile(r"是[^《，。]{0,8}《(?P<org>[^》]+)》(?:的)?(?P<title>[^，。；,;（(]+)")
_JOB = re.compile(r"是(?P<org>时报|時報|本报|本報)?(?:[^，。；一]{0,6}?(?:一名|一位))?(?P<title>[^，。；,;（(]+)")
_EMPLOYER = (
    re.compile(r"加入《(?P<org>[^》]+)》"),
    re.compile(r"(?:在|为|為)(?P<org>时报|時報|《[^》]+》)(?:任职|任職|供职|供職|工作)"),
)
_TITLE_WORDS = re.compile(r"(记者|記者|编辑|編輯|主编|主編|社长|社長|作者|作家|专栏|專欄|撰稿人|主任|"
                          r"研究员|研究員|教授|评论员|評論員|摄影师|攝影師|撰稿|通讯员|通訊員)")


@dataclass(frozen=True, slots=True)
class FooterLine:
    kind: LineKind
    paragraph: Paragraph


def classify(p: Paragraph, bylines: tuple[str, ...], trailing: bool = False) -> LineKind | None:
    """What a footer-like line is, or None when it is ordinary body text. In the run that ends the
    text (trailing), a colleague's biography counts too: a Latin name and a newsroom job (David E.
    Sanger是时报国家安全记者), though the byline does not name them."""
    if _TRANSLATOR.match(p.text):
        return LineKind.TRANSLATOR
    if p.links and any(_ORIGINAL_ANCHOR.search(link.text) for link in p.links) and len(p.text) < 40:
        return LineKind.ORIGINAL
    if _NOTE.search(p.text) and (len(p.text) < 120 or _credits_only(p.text)):
        return LineKind.NOTE
    bio = parse_biography(p)
    if bio and (_matches_any(bio, bylines) or (trailing and bio.name_latin and (
            bio.job_title or _BASED_IN.match(p.text)))):
        return LineKind.BIO
    if trailing and (_CREDIT.match(p.text) or (_BYLINE_LINE.match(p.text) and len(p.text) < 150)):
        return LineKind.NOTE
    return None


def _credits_only(text: str) -> bool:
    """A long line of credits: each sentence says who reported from where, or who contributed
    (Katrin Bennhold自柏林报道。Melissa Eddy自柏林、…Amy Chang Chien自台湾台北对本文有报道贡献。)."""
    sentences = [x for x in text.split("。") if x.strip()]
    return bool(sentences) and all(_NOTE.search(x) or _CREDIT.match(x.strip() + "。") for x in sentences)


def translators(p: Paragraph) -> tuple[str, ...]:
    m = _TRANSLATOR.match(p.text)
    if not m:
        return ()
    names = (n.strip(" 。.") for n in _NAME_SPLIT.split(m.group("names")))
    return tuple(n for n in names if n)


def original_url(p: Paragraph) -> str | None:
    for link in p.links:
        if _ORIGINAL_ANCHOR.search(link.text):
            return link.href
    return None


def parse_biography(p: Paragraph) -> Biography | None:
    """Read the name, job and employer out of a biography line, or None if it opens with no name."""
    for pattern in _BIO_OPENINGS:
        m = pattern.match(p.text)
        if m:
            break
    else:
        return None
    groups = m.groupdict()
    zh = groups.get("zh")
    latin = " ".join(groups["latin"].split()) if groups.get("latin") else None
    rest = p.text[m.end():]
    title = org = None
    if jm := _JOB_WITH_PAPER.search(rest) or _JOB.search(rest):
        candidate = jm.group("title").strip()
        if _TITLE_WORDS.search(candidate):
            title, org = candidate, jm.group("org")
    if org is None:
        for pattern in _EMPLOYER:
            if em := pattern.search(rest):
                org = em.group("org")
                break
    if org:
        org = org.strip("《》")
    return Biography(text=p.text, links=p.links, name_zh=zh, name_latin=latin, job_title=title,
                     works_for=org)


def split_byline(text: str) -> tuple[str, ...]:
    names = (n.strip() for n in _NAME_SPLIT.split(text))
    return tuple(n for n in names if n and not re.fullmatch(r"[\d\-:T.Z ]+", n))


def _fold(name: str) -> str:
    return re.sub(r"[\s.\u00a0]+", " ", name).strip().casefold()


def _matches(bio: Biography, byline: str) -> bool:
    return bool((bio.name_zh and bio.name_zh == byline)
                or (bio.name_latin and _fold(bio.name_latin) == _fold(byline)))


def _transliterates(bio: Biography, byline: str) -> bool:
    """A byline that writes a Latin name in Chinese transliteration (凯蒂·罗杰斯, 迈克尔·D·希尔) may be
    the biography's Latin name (Katie Rogers, Michael D. Shear) when the two have as many parts.
    join_authors pairs such bylines and biographies in order, the order bylines and footers share."""
    return bool(bio.name_latin and not bio.name_zh and "·" in byline and has_han(byline)
                and len(byline.split("·")) == len(bio.name_latin.split()))


def _matches_any(bio: Biography, bylines: tuple[str, ...]) -> bool:
    return any(_matches(bio, b) or _transliterates(bio, b) for b in bylines)


def proper_case(name: str) -> str:
    """A byline in capitals, cased as a name: "MICHAEL M. GRYNBAUM" -> "Michael M. Grynbaum",
    "JEAN-PIERRE O'BRIEN" -> "Jean-Pierre O'Brien". (McDonald needs the biography's spelling.)"""
    if name.isupper():
        return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), " ".join(name.split()))
    return name


def join_authors(bylines: tuple[str, ...], bios: tuple[Biography, ...]) -> tuple[Author, ...]:
    """Each byline name with its biography, which supplies the name in the other script."""
    authors = []
    exact = {byline: next((b for b in bios if _matches(b, byline)), None) for byline in bylines}
    left = [b for b in bios if b not in exact.values()]
    for byline in bylines:
        bio = exact[byline]
        if bio is None and (bio := next((b for b in left if _transliterates(b, byline)), None)):
            left.remove(bio)  # the first biography left that this transliteration can be
        is_han = has_han(byline)
        zh = byline if is_han else (bio.name_zh if bio else None)
        latin = (bio.name_latin if bio and bio.name_latin else
                 (None if is_han else proper_case(byline)))
        authors.append(Author(byline=byline, name_zh=zh, name_latin=latin, biography=bio))
    return tuple(authors)


def split_footer(
    lines: list[Paragraph], bylines: tuple[str, ...], *, trailing_only: bool
) -> tuple[list[Paragraph], list[FooterLine]]:
    """Separate footer lines from the rest.

    With trailing_only, only a run at the end counts: a body line that happens to open with an
    author's name must not be taken for a biography.
    """
    if not trailing_only:
        body, footer = [], []
        for p in lines:
            kind = classify(p, bylines)
            (footer.append(FooterLine(kind, p)) if kind else body.append(p))
        return body, footer
    cut = len(lines)
    while cut > 0 and classify(lines[cut - 1], bylines, trailing=True):
        cut -= 1
    return lines[:cut], [FooterLine(classify(p, bylines, trailing=True), p)  # type: ignore[arg-type]
                         for p in lines[cut:]]


_FIRST_PUBLISHED = re.compile(r"最初(?:发表|發表)(?:于|於)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def first_published(p: Paragraph) -> date | None:
    """本文最初发表于2024年12月31日: the day a footer note says the article first ran."""
    return ymd(_FIRST_PUBLISHED.search(p.text))
