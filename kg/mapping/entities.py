"""What an article mentions: people, places and organizations, what the text says of them, and where
it says so (the evidence, in NIF; see mapping.evidence)."""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg import publications
from kg.entities.lexicon import FACILITIES
from kg.iris import Minter
from kg.mapping import agents
from kg.mapping.agents import Scope, typed
from kg.mapping.fields import Field, Kind, emit
from kg.model import Entity, EntityKind, Extraction, FactKind
from kg.namespaces import SDO

CORE = {EntityKind.PERSON: SDO.Person, EntityKind.PLACE: SDO.Place, EntityKind.ORGANIZATION: SDO.Organization}
PRECISE = {name: SDO[name] for name in (
    "Country", "City", "AdministrativeArea", "Continent", "State", "BodyOfWater", "Landform",
    "GovernmentOrganization", "NewsMediaOrganization", "NGO", "Corporation", "EducationalOrganization",
    *(t for t in FACILITIES.values() if t))}
WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

# Names are stored folded to simplified characters, so they are tagged zh-Hans whatever the article;
# the article's own spelling of a name is an alternateName in its language (map_entities).
ENTITY_FIELDS = (
    Field(SDO.name, lambda e: e.name, Kind.NAME),
    Field(SDO.name, lambda e: e.name_en, Kind.NAME),
    Field(SDO.alternateName, lambda e: e.aliases, Kind.NAME),
    Field(SDO.sameAs, lambda e: WIKIDATA + e.wikidata if e.wikidata else None, Kind.IRI),
    Field(SDO.sameAs, lambda e: f"{GEONAMES}{e.geonames}/" if e.geonames else None, Kind.IRI),
)
GEO_FIELDS = (
    Field(SDO.latitude, lambda e: e.lat, Kind.DECIMAL),
    Field(SDO.longitude, lambda e: e.lon, Kind.DECIMAL),
)


def sameas(e: Entity) -> tuple[str, ...]:
    """The entity's links out, as IRIs."""
    return tuple(t.get(e) for t in ENTITY_FIELDS[3:] if t.get(e))


def map_entities(scope: Scope, article: URIRef, extraction: Extraction) -> dict[str, URIRef]:
    """Describe every entity, link the article to the mentioned ones; return the node of each key."""
    nodes = {e.key: entity_node(scope, e) for e in extraction.entities}
    by_key = {e.key: e for e in extraction.entities}
    for e in extraction.mentioned():
        scope.g.add((article, SDO.mentions, nodes[e.key]))
    for e in extraction.entities:
        if e.within in nodes:
            scope.g.add((nodes[e.key], SDO.containedInPlace, nodes[e.within]))
    for m in extraction.mentions:
        folded = by_key.get(m.key)  # None: an event's trigger word (mapping.events)
        if folded is not None and m.text != folded.name and m.text not in folded.aliases:  # own spelling
            scope.g.add((nodes[m.key], SDO.alternateName, Literal(m.text, lang=scope.lang)))
    for f in extraction.facts:
        subject = nodes[f.subject]
        if f.kind is FactKind.JOB_TITLE:
            scope.g.add((subject, SDO.jobTitle, Literal(f.value, lang=scope.lang)))
            continue
        value = by_key.get(f.value)
        if value is None:
            continue
        if f.kind is FactKind.NATIONALITY and value.type != "Country":
            continue  # a city or region before a title is where they serve, not their nationality
        scope.g.add((subject, SDO[f.kind.value], nodes[f.value]))
    return nodes


def _newsroom(e: Entity) -> bool:
    return e.kind is EntityKind.ORGANIZATION and not e.wikidata and bool(
        publications.by_name(e.name) or e.name in publications.SELF_REFERENCES)


def entity_iri(mint: Minter, e: Entity) -> URIRef:
    """The IRI an entity has in the graph (for mentions found outside an article)."""
    if _newsroom(e) and (pub := publications.by_name(e.name)):
        return mint.publication(pub.key)
    return mint.entity(e.kind.value, e.key, e.name, e.name_en)


def entity_node(scope: Scope, e: Entity) -> URIRef:
    if _newsroom(e):
        return agents.organization(scope, e.name)  # a newsroom the graph already knows
    node = scope.mint.entity(e.kind.value, e.key, e.name, e.name_en)
    if not scope.first_time(node):
        return node
    typed(scope.g, node, CORE[e.kind])
    if e.type in PRECISE:
        typed(scope.g, node, PRECISE[e.type])
    emit(scope.g, node, e, ENTITY_FIELDS, "zh-Hans")
    if e.lat is not None and e.lon is not None:
        geo = typed(scope.g, scope.mint.geo(node), SDO.GeoCoordinates)
        emit(scope.g, geo, e, GEO_FIELDS, "zh-Hans")
        scope.g.add((node, SDO.geo, geo))
    return node
