"""The one place IRIs are minted: deterministic, ASCII-only, under a configurable base.

Same input, same IRI: keys are canonical URLs and normalised names, never the clock or uuid4.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from pypinyin import lazy_pinyin
from rdflib import URIRef

from kg.errors import UsageError
from kg.text import HAN
from kg.urls import host_of, identity_key, is_iri

DEFAULT_BASE = "https://kg.example.org/"
_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def slug(text: str, limit: int = 60) -> str:
    """ASCII slug: Han characters by their pinyin, other letters stripped of accents."""
    if HAN.search(text):
        text = " ".join(lazy_pinyin(text))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    return s[:limit].rstrip("-")


def _digest(key: str, n: int = 10) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def check_base(base: str) -> str:
    """The base as IRIs are minted under it (with a final slash), or UsageError saying why not.
    IRIs are paths under the base (person/…, article/…): a fragment or a query cannot hold them."""
    if not (base.isascii() and re.match(r"^https?://[^\s/?#]+(/[^\s?#]*)?$", base) and is_iri(base)):
        raise UsageError(f"base {base!r} is not an ASCII http(s) IRI without a query or fragment (write "
                         "non-ASCII parts percent-encoded, the host in punycode; e.g. https://data.example.com/)")
    return base if base.endswith("/") else base + "/"


class Minter:
    """Mints every IRI the graph uses, under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = check_base(base)

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def _keyed(self, kind: str, readable: str, key: str) -> URIRef:
        label = slug(readable, 50)
        return self._iri(kind, f"{label}-{_digest(key)}" if label else _digest(key))

    def article(self, url: str) -> URIRef:
        """Any news article, built or only cited: the same URL always gives the same IRI."""
        key = identity_key(url)
        last = next((seg for seg in reversed(key.split("?")[0].split("/")) if slug(seg)), "")
        return self._keyed("article", last.removesuffix(".html"), key)

    def graph(self, url: str) -> URIRef:
        """The named graph holding one article's triples."""
        return URIRef(str(self.article(url)).replace(self.base + "article/", self.base + "graph/", 1))

    def webpage(self, url: str) -> URIRef:
        key = identity_key(url)
        return self._keyed("webpage", host_of(key), key)

    def image(self, url: str) -> URIRef:
        key = identity_key(url)
        stem = key.split("?")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return self._keyed("image", stem, key)

    def person(self, name: str) -> URIRef:
        """Keyed on the name alone (Latin form preferred by callers): one person per name. A Han
        name also carries a hash of itself: pinyin without tones would make 李明 and 黎明 one."""
        if HAN.search(name):
            return self._keyed("person", name, name)
        return self._iri("person", slug(name) or _digest(name))

    def organization(self, name: str) -> URIRef:
        if HAN.search(name):
            return self._keyed("organization", name, name)
        return self._iri("organization", slug(name) or _digest(name))

    def entity(self, kind: str, key: str, name: str, name_en: str = "") -> URIRef:
        """A mentioned person, place or organization. Linked ones by their identifier
        (place/geonames-524901, person/wikidata-Q7747); the rest by name, as authors and biography
        organizations are, so that the same name meets the same node."""
        path = kind.lower()
        scheme, _, ident = key.partition(":")
        if scheme in ("wikidata", "geonames") and re.fullmatch(r"[A-Za-z0-9]+", ident):
            return self._iri(path, f"{scheme}-{ident}")
        if path == "person":
            return self.person(name_en or name)
        if path == "organization":
            return self.organization(name)
        return self._keyed(path, name_en or name, key)

    def event(self, key: str, kind: str) -> URIRef:
        """An event, keyed by what makes two reports of it one (kg.events.extract): kind, period,
        participants, place. The IRI shows the kind and the period (2022-w37, 2022-02)."""
        period = key.split(":")[2] if key.count(":") >= 3 else ""
        label = slug(f"{kind} {period}") if period != "undated" else slug(kind)
        return self._keyed("event", label, key)

    def work(self, title: str) -> URIRef:
        """A work an event releases, launches or enacts, keyed by its title (《哪吒2》: work/ne-zha-2-…)."""
        return self._keyed("work", title, title)

    def geo(self, place: URIRef) -> URIRef:
        """The coordinates of a place: one node per place."""
        return URIRef(f"{place}#geo")

    def text_strings(self, article_url: str) -> Callable[[str, int, int], URIRef]:
        """Strings in the parts of one article's text (headline, caption, p3), after NIF's RFC 5147
        fragment scheme: offsets in Unicode code points, end exclusive. The article IRI is
        computed once: an article has hundreds of these."""
        prefix = str(self.article(article_url))

        def string(part: str, start: int, end: int) -> URIRef:
            return URIRef(f"{prefix}/{part}#char={start},{end}")

        return string

    def publication(self, key: str) -> URIRef:
        return self._iri("organization", key)

    def site(self, host: str) -> URIRef:
        """An organization known only by the web site it runs: the host itself (ASCII, in
        punycode), so that foo.bar.com and foo-bar.com stay apart."""
        ascii_host = host.encode("idna").decode("ascii").lower() if host else ""
        if not re.fullmatch(r"[a-z0-9.-]+", ascii_host):
            return self._iri("site", _digest(host))
        return self._iri("site", ascii_host)
