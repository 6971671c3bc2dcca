"""Newsrooms the feed carries, as data: their names, the URLs of their articles, their sections.

A publication matches a URL by `match` (a regex on 'host/path'). `family` groups editions of one
newsroom: a citation of a family member's article is a NewsArticle, anything else a WebPage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Publication:
    key: str  # the IRI slug: {base}organization/{key}
    family: str
    names: tuple[tuple[str, str], ...]  # (BCP 47 tag, name)
    url: str  # home page
    match: re.Pattern[str]  # on "host/path" of a URL
    article: re.Pattern[str]  # which of its URLs are news articles
    section: re.Pattern[str] | None = None  # group "section" of the path
    aliases: tuple[str, ...] = ()  # how biographies and footers name it
    parent: str | None = None
    newsroom_tz: str = ""  # where its text is written (IANA), where that differs from its feed's clock


_NYT_ARTICLE = re.compile(r"/(?:[a-z-]+/20\d{6}/|(?:zh-hans/|zh-hant/|live/)?20\d\d/\d\d/\d\d/)")

PUBLICATIONS: tuple[Publication, ...] = (
    Publication(
        key="nytimes-chinese", family="nytimes",
        names=(("zh-Hans", "纽约时报中文网"), ("zh-Hant", "紐約時報中文網"),
               ("en", "The New York Times Chinese")),
        url="https://cn.nytimes.com/",
        match=re.compile(r"^(?:m\.)?cn\.nytimes\.com/|^(?:www\.)?nytimes\.com/zh-han[st]/"),
        article=_NYT_ARTICLE,
        section=re.compile(r"^/(?:zh-han[st]/\d{4}/\d\d/\d\d/)?(?P<section>[a-z-]+)/"),
        aliases=("纽约时报中文网", "紐約時報中文網"),
        parent="nytimes",
        newsroom_tz="America/New_York",
    ),
    Publication(
        key="nytimes", family="nytimes",
        names=(("en", "The New York Times"), ("zh-Hans", "纽约时报"), ("zh-Hant", "紐約時報")),
        url="https://www.nytimes.com/",
        match=re.compile(r"^(?:www\.)?nytimes\.com/"),
        article=_NYT_ARTICLE,
        section=re.compile(r"^/(?:live/)?\d{4}/\d\d/\d\d/(?P<section>[a-z-]+)/"),
        aliases=("纽约时报", "紐約時報", "时报", "時報", "The New York Times", "New York Times"),
        newsroom_tz="America/New_York",
    ),
    Publication(
        key="dw", family="dw",
        names=(("en", "Deutsche Welle"), ("zh-Hans", "德国之声"), ("zh-Hant", "德國之聲")),
        url="https://www.dw.com/",
        match=re.compile(r"^(?:www\.|api\.)?dw\.com/"),
        article=re.compile(r"/a-\d+$|^/api/detail/article/\d+$"),
        aliases=("德国之声", "德國之聲", "德国之声中文网", "德國之聲中文網"),
    ),
    Publication(
        key="bbc-chinese", family="bbc",
        names=(("en", "BBC News Chinese"), ("zh-Hans", "BBC中文"), ("zh-Hant", "BBC中文")),
        url="https://www.bbc.com/zhongwen/",
        match=re.compile(r"^(?:www\.)?bbc\.(?:com|co\.uk)/zhongwen/"),
        article=re.compile(r"/(?:simp|trad)/[a-z-]+-\d+$"),
        aliases=("BBC中文网", "BBC中文網", "BBC中文"),
    ),
)
BY_KEY = {p.key: p for p in PUBLICATIONS}
# Biographies say "本报" (this paper) for whoever publishes the article.
SELF_REFERENCES = frozenset({"本报", "本報"})


@lru_cache(maxsize=1 << 16)
def for_url(url: str) -> Publication | None:
    try:
        parts = urlsplit(url)
        where = f"{(parts.hostname or '').lower()}{parts.path or '/'}"
    except ValueError:  # no URL urllib can read is any newsroom's
        return None
    return next((p for p in PUBLICATIONS if p.match.search(where)), None)


def by_name(name: str) -> Publication | None:
    name = name.strip("《》 ")
    return next((p for p in PUBLICATIONS
                 if name in p.aliases or any(n == name for _, n in p.names)), None)


def is_article_of(url: str, family: str) -> bool:
    """Whether a URL is a news article of the given newsroom family."""
    pub = for_url(url)
    return bool(pub and pub.family == family and pub.article.search(urlsplit(url).path))  # for_url read it


def section(url: str) -> str | None:
    pub = for_url(url)
    if pub is None or pub.section is None:
        return None
    m = pub.section.search(urlsplit(url).path)
    return m.group("section") if m else None


def family_root(pub: Publication) -> Publication:
    """The family's parent newsroom (the one "时报" and "本报" refer to)."""
    return BY_KEY[pub.parent] if pub.parent else pub


# Datelines of cities whose day begins before Beijing's ends, where a correspondent's 周四 in a page
# posted at 4 a.m. on a Beijing Thursday is that Thursday ("首尔——周四，朝鲜报告了…"), though New York
# is still on Wednesday evening.
_ASIAN_DATELINE = re.compile(r"(?:韩国)?(?:首尔|北京|上海|香港|台湾台北|台北|东京|平壤|新加坡|曼谷|河内|马尼拉|雅加达|"
                             r"吉隆坡|仰光|金边|乌兰巴托|悉尼|墨尔本|堪培拉|惠灵顿)——")


def written_in_asia(first_paragraph: str) -> bool:
    """The text opens with the dateline of a city east of India (see _ASIAN_DATELINE)."""
    return _ASIAN_DATELINE.match(first_paragraph.lstrip()) is not None
