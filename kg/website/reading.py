"""An article page as a reader wants it: byline and date, the body in its paragraphs with every
mention linked to its page and marked by kind (from the NIF offsets the graph holds), the people,
places, organizations and events of the article in both scripts, the sites it cites by host, and
the translation's original. The property table stays below, for linked-data users."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pyoxigraph as ox
from markupsafe import Markup

from kg.namespaces import ITSRDF, NIF
from kg.website.lookup import literals, objects, value, web_iri

Href = Callable[[str], str]  # an IRI -> where its link goes ("" for nowhere)
Kind = Callable[[str], str]  # an IRI -> its kind of page ("" for none)
Label = Callable[[ox.NamedNode], str]

GROUPS = (("person", "人物 People"), ("place", "地点 Places"), ("organization", "机构 Organizations"),
          ("event", "事件 Events"), ("work", "作品 Works"))


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    href: str
    note: str = ""  # the other script's name, a date, the anchor text


@dataclass
class ArticleView:
    byline: list[Link] = field(default_factory=list)
    date: str = ""
    paragraphs: list[Markup] = field(default_factory=list)
    groups: list[tuple[str, list[Link]]] = field(default_factory=list)
    cited: list[Link] = field(default_factory=list)
    original: Link | None = None
    translators: list[Link] = field(default_factory=list)


def article_view(store: ox.Store, iri: str, href: Href, kind: Kind, label: Label,
                 english: dict[str, str] | None = None) -> ArticleView:
    """`english` keeps entities' English names between pages (a place named by every article is
    looked up once)."""
    node = ox.NamedNode(iri)
    english = {} if english is None else english

    def en(n: ox.NamedNode) -> str:
        if n.value not in english:
            english[n.value] = _english(store, n)
        return english[n.value]

    view = ArticleView()
    view.byline = [Link(label(a), href(a.value), en(a)) for a in objects(store, node, "author")]
    view.translators = [Link(label(t), href(t.value)) for t in objects(store, node, "translator")]
    view.date = (value(store, node, "datePublished") or "")[:16].replace("T", " ")
    body = value(store, node, "articleBody") or ""
    spans = _mentions(store, node)
    view.paragraphs = [_linked(p, spans.get(p, []), href, kind) for p in body.split("\n\n") if p.strip()]
    seen: dict[str, list[Link]] = {}
    for prop in ("about", "mentions"):
        for thing in objects(store, node, prop):
            k = kind(thing.value)
            if k and all(link.href != href(thing.value) for link in seen.get(k, [])):
                seen.setdefault(k, []).append(Link(label(thing), href(thing.value), en(thing)))
    view.groups = [(title, sorted(seen[k], key=lambda link: link.text)) for k, title in GROUPS if k in seen]
    view.cited = sorted((_citation(store, c, href) for c in objects(store, node, "citation")),
                        key=lambda link: (link.note, link.text))
    for orig in objects(store, node, "translationOfWork"):
        url = web_iri(store, orig, "url")
        if url:
            view.original = Link(_host(url), url, value(store, orig, "inLanguage") or "")
    return view


def _linked(text: str, spans: list[tuple[int, int, str]], href: Href, kind: Kind) -> Markup:
    """The paragraph with its mentions as links, each marked by kind; overlapping ones keep the first."""
    out: list[str] = []
    at = 0
    for begin, end, entity in sorted(spans):
        target = href(entity)
        if begin < at or not target or end > len(text):
            continue
        k = kind(entity) or "other"
        # Plain strings, each piece escaped, joined once: Markup arithmetic per mention was a
        # tenth of publishing.
        out += [html.escape(text[at:begin]), f'<a class="mention {html.escape(k)}" href="{html.escape(target)}">',
                html.escape(text[begin:end]), "</a>"]
        at = end
    out.append(html.escape(text[at:]))
    return Markup("".join(out))


def _mentions(store: ox.Store, article: ox.NamedNode) -> dict[str, list[tuple[int, int, str]]]:
    """Each evidence context's text, with the (begin, end, entity) of the phrases in it."""
    query = f"""
        SELECT ?text ?b ?e ?entity WHERE {{
          ?ctx <{NIF.sourceUrl}> {article} ; <{NIF.isString}> ?text .
          ?phrase <{NIF.referenceContext}> ?ctx ; <{NIF.beginIndex}> ?b ; <{NIF.endIndex}> ?e ;
                  <{ITSRDF.taIdentRef}> ?entity .
        }}"""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for row in store.query(query):
        spans.setdefault(row["text"].value, []).append((int(row["b"].value), int(row["e"].value),
                                                         row["entity"].value))
    return spans


def _citation(store: ox.Store, cited: ox.NamedNode, href: Href) -> Link:
    url = web_iri(store, cited, "url") or cited.value
    return Link(citation_label(store, cited), href(cited.value) or url, _host(url))


def citation_label(store: ox.Store, cited: ox.NamedNode) -> str:
    """A cited page by its title where it is an article kg built, else by its host and path: the
    link's anchor text names a passage of the citing article, not the page."""
    url = web_iri(store, cited, "url") or cited.value
    return value(store, cited, "headline") or _host(url) + _path_hint(url)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


def _path_hint(url: str) -> str:
    path = urlsplit(url).path.strip("/")
    return f" › {path[:40]}{'…' if len(path) > 40 else ''}" if path else ""


def _english(store: ox.Store, node: ox.NamedNode) -> str:
    return next((lit.value for lit in literals(store, node, "name") if lit.language == "en"), "")
