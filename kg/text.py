"""What several stages read the same way: which characters are Han, where sentences end, and which
parts of an article are its own words."""

from __future__ import annotations

import re

from kg import publications
from kg.model import Article

# Han ideographs: the unified blocks (extension A, the basic block, extensions B to H in the
# supplementary planes) and the compatibility ideographs. One definition: 𠮷 is Han everywhere.
HAN_CLASS = ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
             "\U00020000-\U0002a6df\U0002a700-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af")
HAN = re.compile(f"[{HAN_CLASS}]")

_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;\n]+[”」』\"’）)]*|$)")


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: up to 。！？； or a line break, closing quotes included."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.end() > m.start()]


# A link to another story set in the body (DW's "延伸阅读：美制裁中国高官成热议话题"): its title is that
# story's words, not this one's.
_FURTHER_READING = ("延伸阅读", "延伸閱讀", "相关阅读", "相關閱讀", "推荐阅读", "推薦閱讀")
# A note on the series the story belongs to (NYT's "（明天请继续关注《纽约时报》系列报道…）"): no news.
_SERIES_NOTES = ("明天请继续关注", "请继续关注", "明天請繼續關注", "請繼續關注")


def article_parts(article: Article) -> list[tuple[str, str]]:
    """What an article says in its own words: headline, image captions, body paragraphs (not the
    titles of other stories it links to, nor a note on the series it belongs to)."""
    parts = [("headline", article.headline)]
    if article.image and article.image.caption:
        parts.append(("caption", article.image.caption))
    parts += [(f"caption{i}", text) for i, text in enumerate(article.captions, 2)]
    parts += [(f"p{i}", p.text) for i, p in enumerate(article.paragraphs, 1)
              if p.text and not (p.links and p.text.startswith(_FURTHER_READING))
              and not p.text.lstrip("（( ").startswith(_SERIES_NOTES)]
    return parts


# A paragraph's opening bracket ("（德国之声中文网）"): when it names the article's own newsroom, who
# reports, not a mention. Other outlets' brackets (（新华网）, （法新社、路透社等）) name sources, and stay.
_DATELINE = re.compile(r"\s*[（(]([^（）()]{1,20})[）)]")
# DW's closing credit, its writer and editor, then its sources (达扬/叶宣（法新社等）): furniture too, but
# for the sources.
_CREDIT = re.compile(rf"(?P<names>\s*[{HAN_CLASS}·]{{2,4}}(?:\s*/\s*[{HAN_CLASS}·]{{2,4}})+\s*/?\s*)"
                     r"(?:[（(][^（）()]{1,30}[）)])?\s*")
# A line that credits who drew, shot or helped report (插图：西蒙·马丁, BBC国际部记者Eddy Duan参与报道)
_CONTRIBUTORS = re.compile(r"^\s*(?:插图|插画|制图|摄影|图片|视频|撰文|责编)\s*[:：]"
                           r"|参与(?:了)?(?:本文)?(?:的)?报道[。.]?\s*$")
# a copyright notice paragraph (DW's "© 2021年 德国之声版权声明…"), and DW's note under an opinion piece
_NOTICE = ("©", "Copyright", "德国之声致力于")


def mention_parts(article: Article, parts: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """The article's parts as entities are read from them: article_parts, with the article's own
    newsroom's dateline, copyright notices and credit lines blanked (same length, so offsets hold). The
    gold sets' rule, and a reader's: "（德国之声中文网）", "© 2021年 德国之声" and "达扬/叶宣" are the page's
    furniture, not news about DW or its staff. Plain text (kg.mentions) has no newsroom and no
    furniture. `parts`: the article's parts when the caller has them already."""
    pub = publications.for_url(article.url)
    own = {name for _, name in pub.names} | set(pub.aliases) if pub is not None else set()
    out = []
    for name, text in article_parts(article) if parts is None else parts:
        if text.lstrip().startswith(_NOTICE) or (len(text) <= 60 and _CONTRIBUTORS.search(text)):
            text = " " * len(text)
        elif (m := _CREDIT.fullmatch(text)) is not None:
            text = " " * m.end("names") + text[m.end("names"):]
        elif (m := _DATELINE.match(text)) and m.group(1).strip().removeprefix("据") in own:
            text = " " * m.end() + text[m.end():]
        out.append((name, text))
    return out
