"""The lead image: its original URL (unwrapped from the feed's image proxy), size, caption, credit."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag

from kg.model import Image
from kg.reading.text import clean, own_text
from kg.urls import is_valid_web_url, join_url

# Image proxies the feed service routes pictures through: host -> the query key holding the original.
PROXIES: dict[str, str] = {"images.weserv.nl": "url", "wsrv.nl": "url"}
# Query keys of resizing services; a query made only of these is not part of the original's URL.
_RESIZE_KEYS = frozenset({"quality", "auto", "disable", "width", "height", "w", "h", "fit",
                          "format", "output", "dpr"})
# Where a credit names a photographer. Tried in order; the first match wins.
_NAME = r"(?P<name>[A-Z][\w'\-]+\.?(?:\s+[A-Z][\w'\-]*\.?){1,3})"
CREDIT_PATTERNS = (
    re.compile(rf"^(?:Pool\s+)?(?:photo|photograph|photos|photographs)\s+by\s+{_NAME}", re.I),
    re.compile(rf"^{_NAME}\s+for\s+\S"),
    re.compile(rf"^{_NAME}\s*/\s*\S"),
    re.compile(rf"^{_NAME}$"),
)
# Credits that name an agency or outlet, not a person.
_NOT_A_PERSON = re.compile(
    r"\b(Group|Agency|Press|News|Times|Reuters|Images|Getty|Pool|Associated|Daily|Xinhua|"
    r"Agence|Photo|Photos|Media|Ministry|Government|Office|Service|Chronicle|Post|Journal)\b|"
    r"\b[A-Z]{3,}\b"
)
_CREDIT_MARK = re.compile(r"\s*Credit\s*(?:\.\.\.|…|:)\s*")


def unwrap(src: str) -> str:
    """The original image URL behind a proxy URL; other URLs pass through unchanged."""
    src = src.strip()
    if src.startswith("//"):
        src = "https:" + src
    try:
        parts = urlsplit(src)
        key = PROXIES.get(parts.hostname or "")
    except ValueError:  # no URL urllib can read: left as is, and found invalid by the caller
        return src
    if not key:
        return src
    # The original's own query is split into the proxy's by the parser; put back what belongs.
    values = parse_qs(parts.query, keep_blank_values=True).get(key)
    if not values or not values[0]:
        return src
    inner = values[0]
    if not re.match(r"^[a-z][a-z0-9+.-]*://", inner, re.I):
        inner = "https://" + inner.lstrip("/")
    try:
        ip = urlsplit(inner)
    except ValueError:
        return src
    if ip.query and set(parse_qs(ip.query, keep_blank_values=True)) <= _RESIZE_KEYS:
        ip = ip._replace(query="")
    return urlunsplit(ip)


def photographer(credit: str | None) -> str | None:
    if not credit:
        return None
    for pattern in CREDIT_PATTERNS:
        if m := pattern.match(credit.strip()):
            name = m.group("name").strip()
            if not _NOT_A_PERSON.search(name):
                return name
    return None


def _int(value: object) -> int | None:
    text = str(value or "").strip()
    return int(text) if re.fullmatch(r"[0-9]{1,6}", text) and int(text) > 0 else None


def _src_of(container: Tag) -> tuple[str | None, Tag | None]:
    img = container if container.name == "img" else container.find("img")
    if isinstance(img, Tag) and (img.get("src") or "").strip():
        return str(img["src"]), img
    for source in container.find_all("source"):
        srcset = source.get("srcset") or source.get("srcSet") or ""
        candidates = [c.strip().split(" ")[0] for c in str(srcset).split(",") if c.strip()]
        if candidates:
            return candidates[-1], img if isinstance(img, Tag) else None
    return None, None


def _split_caption(text: str) -> tuple[str | None, str | None]:
    """Caption and credit, where the credit hides behind a 'Credit...' mark in the text."""
    parts = _CREDIT_MARK.split(text, maxsplit=1)
    caption = clean(parts[0].replace("\n", " ")) or None
    credit = clean(parts[1]) if len(parts) > 1 else None
    return caption, credit or None


def lead_image(root: BeautifulSoup | Tag, page_url: str) -> Image | None:
    """The first <figure> with a picture, else the first bare <img> with the caption after it.
    A relative source is read against the page's URL; one that is still no valid URL is no image."""
    for figure in root.find_all("figure"):
        src, img = _src_of(figure)
        if not src:
            continue
        caption, credit = _figure_caption(figure)
        return _image(join_url(page_url, src), img, caption, credit)
    img = root.find("img")
    if not isinstance(img, Tag) or not (img.get("src") or "").strip():
        return None
    caption, credit = _caption_after(img, _loose_figcaptions(root))
    return _image(join_url(page_url, str(img["src"])), img, caption, credit)


def other_captions(root: BeautifulSoup | Tag, lead: Image | None) -> tuple[str, ...]:
    """The captions of the article's other pictures, in order, credits left out: every figure's
    (a figure whose picture the feed dropped keeps its caption), and the caption after each bare
    <img>. Readers see them with the story, so the entities they name are mentions.

    One walk over the tree, knowing at each element the figure it lies in: a figure's caption is
    the first <figcaption> whose nearest figure it is, so 10,000 nested figures cost 10,000 steps,
    not a search of every figure's descendants."""
    found: list[str] = []
    firsts: dict[int, Tag] = {}  # id(figure) -> its first own figcaption
    order: list[Tag] = []  # figures and bare images, in document order
    stack: list[tuple[Tag, Tag | None]] = [(root, None)]  # (element, the figure it lies in)
    while stack:
        el, figure = stack.pop()
        for child in reversed([c for c in el.children if isinstance(c, Tag)]):
            inner = child if child.name == "figure" else figure
            if child.name == "figure" or (child.name == "img" and figure is None):
                order.append(child)
            elif child.name == "figcaption" and figure is not None:
                firsts.setdefault(id(figure), child)
            stack.append((child, inner))
    order.sort(key=_position(root))
    loose = _loose_figcaptions(root)
    for el in order:
        if el.name == "figure":
            cap = firsts.get(id(el)) or _caption_beside(el)
            caption = _caption_in(cap)[0] if cap is not None else None
        else:
            caption = _caption_after(el, loose)[0]
        if caption:
            found.append(caption)
    if lead is not None and lead.caption in found:
        found.remove(lead.caption)  # its first occurrence: the lead's own
    return tuple(dict.fromkeys(found))


def _position(root: BeautifulSoup | Tag):
    """Document order of the tags under root, as a sort key."""
    index = {id(t): i for i, t in enumerate(root.find_all(True))}
    return lambda t: index.get(id(t), -1)


def _figure_caption(figure: Tag) -> tuple[str | None, str | None]:
    cap = figure.find("figcaption") or _caption_beside(figure)
    return _caption_in(cap) if isinstance(cap, Tag) else (None, None)


def _caption_beside(figure: Tag) -> Tag | None:
    """A figure's <figcaption> that the parser set beside it: <p><figure><img></p><figcaption>… is
    read as a paragraph holding the figure, then a loose caption. The caption right after the figure,
    or after the block that holds nothing but the figure, is its own."""
    node: Tag = figure
    for _ in range(_NEAR):
        nxt = node.find_next_sibling()
        if isinstance(nxt, Tag) and nxt.name == "figcaption":
            return nxt
        parent = node.parent
        if nxt is not None or not isinstance(parent, Tag) or parent.name in ("body", "html", "[document]") \
                or any(isinstance(c, Tag) and c is not node for c in parent.children) \
                or any(isinstance(c, str) and c.strip() for c in parent.children):
            return None
        node = parent
    return None


def _caption_after(img: Tag, loose: dict[int, Tag]) -> tuple[str | None, str | None]:
    nxt = img.find_next_sibling()  # the caption sits right after the picture, if anywhere
    small = nxt if nxt is not None and nxt.name == "small" else (nxt.find("small") if nxt else None)
    if isinstance(small, Tag):
        return _caption_in(small)
    if (cap := loose.get(id(img))) is not None:
        return _caption_in(cap)
    return _gallery_caption(img), None


_NEAR = 3  # levels: how far a picture may sit below the container of the caption beside it


def _loose_figcaptions(root: BeautifulSoup | Tag) -> dict[int, Tag]:
    """id(img) -> the <figcaption> beside it outside any <figure> (BBC: <div><span><img></span>
    <figcaption>…</div>): the caption of the one picture within _NEAR levels of its container.
    Each picture and each caption looks a bounded number of levels up: linear in the page."""
    pictures: dict[int, list] = {}  # id(container) -> [pictures within _NEAR levels, the first]
    for img in root.find_all("img"):
        box = img.parent
        for _ in range(_NEAR):
            if not isinstance(box, Tag):
                break
            pictures.setdefault(id(box), [0, img])[0] += 1
            box = box.parent
    out: dict[int, Tag] = {}
    for cap in root.find_all(_a_caption):
        box, up, in_figure = cap.parent, cap.parent, False
        for _ in range(_NEAR + 1):
            if not isinstance(up, Tag):
                break
            in_figure = in_figure or up.name == "figure"
            up = up.parent
        if in_figure or not isinstance(box, Tag) or box.name in ("body", "html", "main", "[document]"):
            continue
        count, img = pictures.get(id(box), (0, None))
        if count == 1:
            out.setdefault(id(img), cap)
    return out


def _a_caption(tag: Tag) -> bool:
    """A <figcaption>, or the span BBC's newer pages set a caption in (<span data-testid="caption-paragraph">)."""
    return tag.name == "figcaption" or (tag.name == "span" and tag.get("data-testid") == "caption-paragraph")


_BLOCKS = frozenset({"p", "div", "figure", "section", "ul", "ol", "table", "blockquote", "h1", "h2", "h3"})


def _gallery_caption(img: Tag) -> str | None:
    """DW's picture galleries: <div><img><b>title</b>：text</div>, a picture and its caption in one
    block of their own (no paragraph or other block inside), the picture first."""
    box = img.parent
    if not isinstance(box, Tag) or box.name != "div" or box.find(_BLOCKS) is not None:
        return None
    if next((c for c in box.children if isinstance(c, Tag)), None) is not img:
        return None
    return clean(own_text(box)) or None


def _caption_in(cap: Tag) -> tuple[str | None, str | None]:
    """Caption and credit: the credit in a <cite>, or behind a 'Credit...' mark."""
    cite = cap.find("cite")
    credit = clean(own_text(cite)) if cite else None
    caption, mark_credit = _split_caption(own_text(cap, skip=frozenset({"cite"})))
    return caption, credit or mark_credit


def _image(src: str, img: Tag | None, caption: str | None, credit: str | None) -> Image | None:
    url = unwrap(src)
    if not is_valid_web_url(url):
        return None
    return Image(
        url=url,
        width=_int(img.get("width")) if img else None,
        height=_int(img.get("height")) if img else None,
        caption=caption,
        credit=credit or None,
        photographer=photographer(credit),
    )
