"""The JSON-LD a page embeds, in the shape schema.org consumers (search engines) read: the
"https://schema.org" context, an "@type", plain strings, and authors, images and the publisher as
objects with names and URLs. The full RDF, language tags and all, stays in the .ttl and .jsonld
files beside each page.

The context is named, never fetched: consumers know it, and kg's tests expand these objects with
schema.org's own context file (release 30.0), read from disk.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.namespaces import SDO
from kg.website.lookup import literals as _literals
from kg.website.lookup import objects as _objects
from kg.website.lookup import text as _text
from kg.website.lookup import value as _value
from kg.website.lookup import web_iri as _iri

SCHEMA = str(SDO)
# The mapper types a node with its general class too (NewsArticle and CreativeWork); consumers
# want the specific one, so a general type is left out when a more specific one is there.
GENERAL = frozenset({"Thing", "CreativeWork", "MediaObject", "Organization", "Place", "Event"})


def embedded(store: ox.Store, iri: str, refs: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The page's object: an article with its headline, dates, authors, image, publisher and what it
    is about or mentions; any other resource with its name, links and (events) dates and place.
    `refs` keeps what a mentioned thing is (type, id, name) between pages: a place named by every
    article is looked up once."""
    node = ox.NamedNode(iri)
    out: dict[str, Any] = {"@context": "https://schema.org", **_node(store, node)}
    if "NewsArticle" in _types(store, node):
        out.pop("name", None)
        out.update(_article(store, node, {} if refs is None else refs))
    elif (start := _value(store, node, "startDate")) is not None:
        out["startDate"] = start
        if (end := _value(store, node, "endDate")) is not None:
            out["endDate"] = end
        places = [_named(store, p) for p in _objects(store, node, "location")]
        if places:
            out["location"] = _one_or_list(places)
    for key in ("jobTitle", "description"):
        if (text := _text(store, node, key)) is not None:
            out[key] = text
    same = sorted(o.value for o in _objects(store, node, "sameAs"))
    if same:
        out["sameAs"] = _one_or_list(same)
    return out


def _article(store: ox.Store, node: ox.NamedNode, refs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if (headline := _text(store, node, "headline") or _text(store, node, "name")) is not None:
        out["headline"] = headline
    for key in ("datePublished", "dateModified", "inLanguage", "articleSection"):
        if (v := _value(store, node, key)) is not None:
            out[key] = v
    if (url := _iri(store, node, "url")) is not None:
        out["url"] = url
    authors = [_named(store, a) for a in _objects(store, node, "author")]
    if authors:
        out["author"] = _one_or_list(authors)
    images = [_image(store, i) for i in _objects(store, node, "image")]
    if images:
        out["image"] = _one_or_list(images)
    publishers = [_named(store, p) for p in _objects(store, node, "publisher")]
    if publishers:
        out["publisher"] = _one_or_list(publishers)
    for key in ("about", "mentions"):  # by type, id and name: their pages say the rest
        things = [refs[t.value] if t.value in refs else refs.setdefault(t.value, _ref(store, t))
                  for t in _objects(store, node, key)]
        if things:
            out[key] = sorted(things, key=lambda t: t["@id"])
    return out


def _node(store: ox.Store, node: ox.NamedNode) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": _one_or_list(_types(store, node) or ["Thing"]), "@id": node.value}
    if (name := _text(store, node, "name")) is not None:
        out["name"] = name
        others = sorted({lit.value for p in ("name", "alternateName") for lit in _literals(store, node, p)} - {name})
        if others:  # the English name, the short forms
            out["alternateName"] = _one_or_list(others)
    return out


def _ref(store: ox.Store, node: ox.NamedNode) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": _one_or_list(_types(store, node) or ["Thing"]), "@id": node.value}
    if (name := _text(store, node, "name")) is not None:
        out["name"] = name
    return out


def _named(store: ox.Store, node: ox.NamedNode) -> dict[str, Any]:
    """A linked thing as consumers want it: type, id, name, and a web address where one is known."""
    out = _node(store, node)
    if (url := _iri(store, node, "url")) is not None:
        out["url"] = url
    return out


def _image(store: ox.Store, node: ox.NamedNode) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "ImageObject", "@id": node.value}
    if (content := _iri(store, node, "contentUrl")) is not None:
        out["url"] = out["contentUrl"] = content
    if (caption := _text(store, node, "caption")) is not None:
        out["caption"] = caption
    if (credit := _text(store, node, "creditText")) is not None:
        out["creditText"] = credit
    return out


def _types(store: ox.Store, node: ox.NamedNode) -> list[str]:
    """schema.org's types of the node, by their names (kg's own terms left out)."""
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    found = store.quads_for_pattern(node, rdf_type, None, ox.DefaultGraph())
    names = sorted(q.object.value[len(SCHEMA):] for q in found if q.object.value.startswith(SCHEMA))
    specific = [n for n in names if n not in GENERAL]
    return specific or names


def _one_or_list(items: list[Any]) -> Any:
    return items[0] if len(items) == 1 else items
