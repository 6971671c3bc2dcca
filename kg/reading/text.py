"""Text out of markup: paragraphs split at <br>, with their links, skipping captions and media."""

from __future__ import annotations

import html
import re
import unicodedata

from bs4 import NavigableString, Tag
from bs4.element import Comment

from kg.model import Link, Paragraph

# Inside a paragraph these hold captions or media, not body text.
SKIP_TAGS = frozenset({"script", "style", "figure", "figcaption", "small", "img", "picture",
                       "source", "video", "audio", "iframe", "noscript", "aside", "button"})
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u3000]+")
# Zero-width characters join or split nothing a reader sees: removed, not made spaces. C0 and C1
# controls other than white space have no place in text (and XML cannot carry them).
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# An entity left in text after parsing means the feed escaped the item twice ("&amp;amp;").
_LEFTOVER_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,7}|#x[0-9a-fA-F]{2,6});")


# Lone surrogates cannot be encoded at all; noncharacters (U+FDD0–FDEF and the last two code
# points of every plane) are refused by RDF tools such as Raptor and cannot appear in RDF/XML.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17)) + "]")


_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
CHAR_REF_BYTES = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def ref_replacement(code: int) -> str | None:
    """What a character reference to `code` becomes: U+FFFD for a surrogate or no code point at
    all, nothing for a noncharacter, None (kept) for the rest."""
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return "&#xFFFD;"
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return ""
    return None


def _safe_ref(m: re.Match[str]) -> str:
    new = ref_replacement(int(m[1], 16) if m[1] else int(m[2]))
    return m[0] if new is None else new


def scrub(text: str) -> str:
    """Input text made safe to encode and to write as RDF: a lone surrogate becomes U+FFFD and
    noncharacters go, whether written as characters or as HTML references (&#xD800;, &#xFFFF;)."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "&#" in text:
        text = _CHAR_REF.sub(_safe_ref, text)
    return _NONCHARACTER.sub("", text)


def clean(text: str) -> str:
    """NFC, double-escaped entities decoded, zero-width and control characters removed, one space
    for any run of white space (full-width and no-break included), trimmed."""
    if "&" in text and _LEFTOVER_ENTITY.search(text):
        text = html.unescape(text)
    return _SPACE.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text))).strip()


def is_web_link(href: str) -> bool:
    """http(s) or scheme-relative; schemes are case-insensitive (HTTPS://…)."""
    return href[:8].lower().startswith(("http://", "https://", "//"))


def segments(el: Tag) -> list[Paragraph]:
    """The paragraph's text split at <br>, each piece with the links it holds."""
    out: list[Paragraph] = []
    parts: list[str] = []
    links: list[Link] = []

    def flush() -> None:
        text = clean("".join(parts))
        if text:
            out.append(Paragraph(text, tuple(links)))
        parts.clear()
        links.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    flush()
                elif child.name in SKIP_TAGS:
                    continue
                elif child.name == "a":
                    anchor = clean(child.get_text(" "))
                    href = (child.get("href") or "").strip()
                    if href and is_web_link(href):
                        links.append(Link("https:" + href if href.startswith("//") else href,
                                          anchor))
                    parts.append(child.get_text())
                else:
                    walk(child)

    walk(el)
    flush()
    return out


# Block elements: text inside them is not part of a byline or caption that (in broken markup)
# failed to close before them.
BLOCK_TAGS = frozenset({"section", "p", "div", "footer", "figure", "ul", "ol", "li", "table",
                        "address", "header", "article", "blockquote", "h1", "h2", "h3"})


def own_text(el: Tag, skip: frozenset[str] = frozenset()) -> str:
    """The element's text without that of nested blocks (and of tags named in skip)."""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    parts.append("\n")
                elif child.name not in BLOCK_TAGS and child.name not in skip \
                        and child.name not in SKIP_TAGS:
                    walk(child)

    walk(el)
    return "\n".join(clean(line) for line in "".join(parts).split("\n") if clean(line))
