"""Events as schema:Event nodes (with a kg: subclass), linked from the article: schema:about its
main event, schema:mentions the others."""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Literal, URIRef

from kg.events.triggers import BY_KIND
from kg.mapping.agents import Scope, typed
from kg.model import Event, EventDate, Extraction
from kg.namespaces import KG, SDO, XSD


def date_literals(when: EventDate) -> tuple[Literal, Literal | None]:
    """startDate and endDate as precise as the text: a day (xsd:date), a range of days (two
    xsd:dates), a month (xsd:gYearMonth), a year (xsd:gYear)."""
    if when.precision == "year":
        return Literal(f"{when.start.year:04d}", datatype=XSD.gYear), None
    if when.precision == "month":
        return Literal(f"{when.start.year:04d}-{when.start.month:02d}", datatype=XSD.gYearMonth), None
    start = Literal(when.start.isoformat(), datatype=XSD.date)
    return start, (Literal(when.end.isoformat(), datatype=XSD.date) if when.end != when.start else None)


def map_events(scope: Scope, article: URIRef, extraction: Extraction,
               nodes: Mapping[str, URIRef]) -> dict[str, URIRef]:
    """Each event's node, by key (for the evidence of its trigger words)."""
    out: dict[str, URIRef] = {}
    for e in extraction.events:
        node = out[e.key] = scope.mint.event(e.key, e.kind)
        scope.g.add((article, SDO.about if e.main else SDO.mentions, node))
        if not scope.first_time(node):
            continue
        _describe(scope, node, e, nodes)
    return out


def _describe(scope: Scope, node: URIRef, e: Event, nodes: Mapping[str, URIRef]) -> None:
    g = scope.g
    ace = BY_KIND[e.kind].ace
    typed(g, node, SDO.Event, KG[e.kind], *((KG[ace],) if ace else ()))  # the ACE class too: no inference
    g.add((node, SDO.name, Literal(e.name, lang=scope.lang)))
    if e.name_en:
        g.add((node, SDO.name, Literal(e.name_en, lang="en")))
    if e.description:
        g.add((node, SDO.description, Literal(e.description, lang=scope.lang)))
    if e.when is not None:
        start, end = date_literals(e.when)
        g.add((node, SDO.startDate, start))
        if end is not None:
            g.add((node, SDO.endDate, end))
    elif e.date_text:
        g.add((node, KG.dateText, Literal(e.date_text, lang=scope.lang)))
    for key in e.attendees:
        g.add((node, SDO.attendee, nodes[key]))
    if e.organizer:
        g.add((node, SDO.organizer, nodes[e.organizer]))
    if e.location:
        g.add((node, SDO.location, nodes[e.location]))
    for key in (*e.about, *e.concerns):  # the countries it is between, and what else its sentences name
        g.add((node, SDO.about, nodes[key]))
    for title in e.works:  # the object: a film released, a law enacted (schema:workFeatured)
        work = scope.mint.work(title)
        g.add((node, SDO.workFeatured, work))
        if scope.first_time(work):
            typed(g, work, SDO.CreativeWork)
            g.add((work, SDO.name, Literal(title, lang=scope.lang)))
