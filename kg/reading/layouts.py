"""The markup families the feed carries, as data: how to recognise each and where its parts are.

Tried in order; the first whose `detect` selector matches wins. Selectors are CSS (soupsieve).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from kg.model import Layout
from kg.reading.select import Doc
from kg.reading.text import clean
from kg.urls import host_of


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    layout: Layout
    detect: str  # CSS: present => this layout
    body: str | None  # CSS: the containers of the body (None: the whole document)...
    body_items: tuple[str, ...] = ("p",)  # ...and the tags of its paragraphs, in document order
    byline: str | None = None  # CSS: the element naming the authors
    date: str | None = None  # CSS: the element carrying the publication time
    date_attr: str | None = None  # ...in this attribute (None: in its text, after the byline)
    footer: str | None = None  # CSS: the footer, whose paragraphs are biographies, translator...
    body_lists: str | None = None  # CSS: list items that are body text, not navigation or bylines


# The older layout's <div><i>AUTHOR<br>time</i></div> is tested before the seed layout's tags,
# which can also turn up inside a body (an <address> in a paragraph).
LAYOUTS: tuple[LayoutSpec, ...] = (
    LayoutSpec(Layout.ZH_HANS_SITE, detect='section[name="articleBody"]',
               body='section[name="articleBody"]'),
    LayoutSpec(Layout.OLD_NYT, detect="div > i:has(> br)", body=None, byline="div > i",
               date="div > i"),
    LayoutSpec(Layout.SEED, detect="address, time[pudate], footer", body="section",
               body_items=("p", "li"), byline="address", date="time[pudate]", date_attr="pudate",
               footer="footer"),
    # BBC's newer pages set some paragraphs as bulleted items (在纽约，…), beside lists of names and links;
    # some keep no class on them, and are read where they hold a sentence (_a_sentence)
    LayoutSpec(Layout.PLAIN, detect="p", body=None, body_items=("p", "h2"), body_lists="li"),
)
PLAIN = LAYOUTS[-1]  # also the fallback when a layout's body container is missing

# Links to the feed service itself mark its trailer ("获取更多RSS"), which is not the article's.
FEED_SERVICE_HOST = re.compile(r"(?:^|\.)feedx\.[a-z]+$")
assert FEED_SERVICE_HOST.search("feedx.net")  # strip_boilerplate's quick test assumes "feedx."
_TRAILER_LABEL = re.compile(r"获取更多RSS[:：]?|獲取更多RSS[:：]?")
# Paragraph containers inside these are not body text.
_EMBEDDED_POST = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed"
_NOT_BODY = frozenset({"footer", "figure", "figcaption", "aside", "nav"})
# Text a sighted reader does not see (words for screen readers: BBC's "Image caption", "图片版权")
# and picture credits set apart from captions: neither is the article's text.
# BBC's podcast promo (a box advertising another programme, set between the paragraphs) is not either.
NOT_TEXT = (".off-screen, .sr-only, .visually-hidden, [class*='VisuallyHidden'], .story-image-copyright, "
            "p[class*='Copyright'], section[aria-labelledby*='podcast-promo']")
# The class names NOT_TEXT selects by: a page whose HTML holds none of them has nothing to strip.
_NOT_TEXT_HINTS = tuple(a or b for a, b in re.findall(r"\.([\w-]+)|\*='([^']+)'", NOT_TEXT))


def strip_hidden(soup: BeautifulSoup, html: str) -> None:
    """Remove NOT_TEXT elements (most items have none: a look at the raw HTML skips the search)."""
    if not any(h in html for h in _NOT_TEXT_HINTS):
        return
    for el in soup.select(NOT_TEXT):
        if not el.decomposed:
            el.decompose()


# BBC's newer pages credit a picture in a paragraph of its own beside it (<p role="text"><span>图像来源，
# </span><span>Getty Images</span></p>): no text of the article.
_CREDIT_MARKS = ("图像来源", "圖像來源", "图片来源", "圖片來源")


def strip_credits(soup: BeautifulSoup, html: str) -> None:
    """Remove the paragraphs that open with a picture credit's mark, set apart as BBC sets them."""
    if not any(m in html for m in _CREDIT_MARKS):
        return
    for p in soup.find_all("p", attrs={"role": "text"}):
        if not p.decomposed and clean(p.get_text("")).startswith(_CREDIT_MARKS):
            p.decompose()


# BBC's links to its other stories, set between the body's paragraphs each in a paragraph of its own
# (<p><a class="story-body__link">三八国际妇女节的前世今生</a></p>): headlines of related stories, not
# the article's text. The same class marks links inside the text, which stay.
RELATED_LINK = "p > a.story-body__link"


def strip_related(soup: BeautifulSoup, html: str) -> None:
    """Remove the paragraphs that hold nothing but a RELATED_LINK."""
    if "story-body__link" not in html:
        return
    for a in soup.select(RELATED_LINK):
        p = a.parent
        if p is not None and not p.decomposed and clean(p.get_text(" ")) == clean(a.get_text(" ")):
            p.decompose()


_RELATED_GALLERY = ("相关图集", "相關圖集")


def strip_related_gallery(soup: BeautifulSoup, html: str) -> None:
    """Remove DW's related gallery: a heading "相关图集：…" and the picture items after it, another
    page's pictures and captions (of another year's story), attached to this one."""
    if not any(g in html for g in _RELATED_GALLERY):
        return
    for h in soup.find_all(("h2", "h3", "h4")):
        if h.decomposed or not clean(h.get_text(" ")).startswith(_RELATED_GALLERY):
            continue
        item = h.find_next_sibling()
        while isinstance(item, Tag) and item.name == "div" and _opens_with_a_picture(item):
            after = item.find_next_sibling()
            item.decompose()
            item = after
        h.decompose()


def _opens_with_a_picture(box: Tag) -> bool:
    """<div><img …><b>title</b>：text</div>: a gallery's item, its first element a picture."""
    first = next((c for c in box.children if isinstance(c, Tag)), None)
    return first is not None and first.name == "img"


def detect(doc: Doc) -> LayoutSpec | None:
    for spec in LAYOUTS:
        if doc.select_one(spec.detect) is not None:
            return spec
    return None


def strip_boilerplate(soup: BeautifulSoup, html: str) -> None:
    """Remove blocks whose every link points to the feed service."""
    if "feedx." not in html:  # most items carry no trailer: skip the walk over every link
        return
    for a in soup.find_all("a", href=True):
        if a.decomposed or "feedx." not in str(a["href"]):  # cheap test before parsing the URL
            continue
        host = host_of(str(a["href"]))
        if not FEED_SERVICE_HOST.search(host):
            continue
        block = a.find_parent(["div", "p", "section"]) or a
        hosts = {host_of(str(x.get("href", ""))) for x in block.find_all("a")}
        rest = "".join(t for t in block.find_all(string=True) if t.find_parent("a") is None)
        # The block is the trailer only if, besides its links, it says no more than its label.
        if all(FEED_SERVICE_HOST.search(h) for h in hosts) and len(clean(_TRAILER_LABEL.sub("", rest))) == 0:
            block.decompose()
        else:
            for label in block.find_all(string=_TRAILER_LABEL):
                label.replace_with(_TRAILER_LABEL.sub("", label))
            a.unwrap()  # a link inside a sentence: its words stay, the link goes


def paragraphs_in(doc: Doc, container: str | None, items: tuple[str, ...]) -> list[Tag]:
    """The paragraph elements (tags `items`) inside the containers, in document order, each once
    (containers can nest: a <section> in a <section>)."""
    return _walk(doc, container, items, strict=False, posts=False)


def _text_beside_links(el: Tag) -> bool:
    """Words of the element's own, outside its links (在<b>纽约</b>，…), not a headline's link alone."""
    return any(t.strip() for t in el.find_all(string=True) if t.find_parent("a") is None)


def _a_sentence(el: Tag) -> bool:
    """An item that holds a sentence of the article (…漂泽亚桑于今年1月被判死刑。, or a bullet without its
    full stop: 乌克兰总统泽连斯基向俄罗斯提出用他来交换被俘的乌克兰人), not a byline's name (维多利亚·希尔
    （Victoria Gill）, BBC记者 发自…) or a list of names (安德烈·罗登-保罗和大卫·西利托)."""
    text = el.get_text().strip()
    if len(text) >= 20 and text.endswith(("。", "」", "”", "！", "？")):
        return True
    return len(text) >= 16 and not _BYLINE_ITEM.search(text) and not ("·" in text and _NAMES.fullmatch(text))


_BYLINE_ITEM = re.compile(r"[（(]\s*[A-Za-z][^）)]*[）)]$|^BBC|发自|發自|报道$|報道$")
_NAMES = re.compile(r"[\u4e00-\u9fff·-]+(?:[和、及][\u4e00-\u9fff·-]+)+")


def body_elements(doc: Doc, spec: LayoutSpec, *, strict: bool = True) -> list[Tag]:
    """The layout's paragraph elements, outermost only (a <p> in a chosen <li> is read with it);
    strict leaves out those inside figures and footers. An embedded post (a tweet's <blockquote>)
    is read whole: its text and its own link, the post's address, which sits outside its <p>
    ("— Name (@handle) <a href=…/status/…>date</a>")."""
    return _walk(doc, spec.body, spec.body_items, strict=strict, posts=True, lists=spec.body_lists)


def _walk(doc: Doc, container: str | None, items: tuple[str, ...], *, strict: bool, posts: bool,
          lists: str | None = None) -> list[Tag]:
    """One walk of the tree in document order, carrying what each element lies inside (a
    container, a footer or figure, a chosen paragraph): linear however deep the nesting, where
    asking each paragraph for its ancestors cost depth × paragraphs (16,000 nested sections took
    most of a minute)."""
    roots = {id(r) for r in doc.select(container)} if container else None
    embedded = {id(q) for q in doc.soup.select(_EMBEDDED_POST)} if posts else set()
    if lists:  # indexed by tag name: cheap without <li>; a related story's link alone is none
        embedded |= {id(li) for li in doc.select(lists) if _text_beside_links(li)
                     and ("BulletedListItem" in " ".join(li.get("class") or ()) or _a_sentence(li))}
    wanted = frozenset(items)
    out: list[Tag] = []
    # (element, inside a container, inside a footer or figure, inside a chosen element): flags of
    # what lies around it; popped in document order, as children go on the stack last-first
    stack: list[tuple[Tag, bool, bool, bool]] = [(doc.soup, False, False, False)]
    while stack:
        el, around_root, around_hidden, taken = stack.pop()
        in_root = around_root or roots is None or id(el) in roots
        hidden = around_hidden or (strict and el.name in _NOT_BODY)
        chosen = (el is not doc.soup and in_root and not hidden and not taken
                  and (el.name in wanted or id(el) in embedded))
        if chosen:
            out.append(el)
        for child in reversed([c for c in el.children if isinstance(c, Tag)]):
            stack.append((child, in_root, hidden, taken or chosen))
    return out
