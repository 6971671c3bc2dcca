"""A person's, place's, organization's or event's page as a card: names in both scripts, role,
nationality, affiliation, dates and place, links out, and for a place with coordinates its position
drawn offline. Which properties a card shows, and under which heading, is the table CARD."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from markupsafe import Markup

from kg.namespaces import SDO
from kg.website.reading import Href, Label, Link
from kg.website.svg import position

_DG = ox.DefaultGraph()

# (heading, schema.org properties, how the values show: "names" every language, "text" the
# simplified-Chinese or any, "link" a node's label linked to its page, "web" an outside address)
CARD: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("名称 Names", ("name",), "names"),
    ("别名 Also called", ("alternateName",), "names"),
    ("职务 Role", ("jobTitle",), "text"),
    ("国籍 Nationality", ("nationality",), "link"),
    ("所属 Affiliation", ("worksFor", "affiliation", "memberOf", "parentOrganization"), "link"),
    ("位于 Part of", ("containedInPlace",), "link"),
    ("时间 When", ("startDate", "endDate"), "text"),
    ("地点 Where", ("location",), "link"),
    ("参与者 Who", ("attendee", "organizer"), "link"),
    ("链接 Links", ("sameAs", "url"), "web"),
)
_WEB_NAMES = (("wikidata.org", "Wikidata"), ("geonames.org", "GeoNames"), ("twitter.com", "Twitter"),
              ("x.com", "X"))


@dataclass(frozen=True, slots=True)
class Card:
    rows: tuple[tuple[str, tuple[Link, ...]], ...]
    map: Markup | None = None
    coordinates: str = ""  # "39.9075, 116.3972", under the map


def card(store: ox.Store, iri: str, href: Href, label: Label) -> Card:
    node = ox.NamedNode(iri)
    rows = []
    for heading, props, shown in CARD:
        links: list[Link] = []
        for prop in props:
            for o in sorted({q.object for q in store.quads_for_pattern(node, ox.NamedNode(str(SDO) + prop), None, _DG)},
                            key=_order):
                links += _shown(o, shown, href, label)
        if links:
            rows.append((heading, tuple(dict.fromkeys(links))))
    where = _coordinates(store, node)
    return Card(tuple(rows), position(*where) if where else None,
                f"{where[0]:.4f}, {where[1]:.4f}" if where else "")


def _shown(o: ox.NamedNode | ox.BlankNode | ox.Literal, shown: str, href: Href, label: Label) -> list[Link]:
    if isinstance(o, ox.Literal):
        if shown in ("names", "text"):
            return [Link(o.value, "", o.language or "")]
        return []
    if not isinstance(o, ox.NamedNode):
        return []
    if shown == "link":
        return [Link(label(o) or o.value, href(o.value))]
    if shown == "web" and o.value.startswith(("http://", "https://")):
        name = next((n for host, n in _WEB_NAMES if host in o.value), o.value)
        return [Link(name, o.value)]
    return []


def _order(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> tuple[int, str, str]:
    """Simplified Chinese first, then other Chinese, English, the rest; then by value."""
    lang = term.language or "" if isinstance(term, ox.Literal) else ""
    rank = 0 if lang == "zh-hans" else 1 if lang.startswith("zh") else 2 if lang == "en" else 3
    return (rank, lang, term.value)


def _coordinates(store: ox.Store, node: ox.NamedNode) -> tuple[float, float] | None:
    """(latitude, longitude) from the place's schema:geo, if it has both."""
    geo = next((q.object for q in store.quads_for_pattern(node, ox.NamedNode(str(SDO.geo)), None, _DG)
                if isinstance(q.object, ox.NamedNode)), None)
    if geo is None:
        return None
    values = {}
    for prop in ("latitude", "longitude"):
        q = next(store.quads_for_pattern(geo, ox.NamedNode(str(SDO) + prop), None, _DG), None)
        if q is None:
            return None
        try:
            values[prop] = float(q.object.value)
        except ValueError:
            return None
    return values["latitude"], values["longitude"]
