"""Namespaces, defined once. schema.org comes from rdflib (SDO); the project's own terms live in KG,
whose misspellings raise AttributeError, and each of which is declared in ontology/kg.ttl."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, XSD, DefinedNamespace

KG_NS = "https://kg.example.org/ns#"


class KG(DefinedNamespace):
    """Terms schema.org lacks. The vocabulary's namespace is fixed; --base moves data IRIs only."""

    _NS = Namespace(KG_NS)
    _fail = True

    ArticleGraph: object  # a named graph holding one article's triples, with its provenance
    sourcePath: object  # the input the article was read from
    sourceSha256: object  # SHA-256 of the input item's bytes
    generator: object  # the kg release that built the graph
    layout: object  # the markup family the article was read with
    feedItemPublished: object  # the feed item's pubDate
    pendingLoad: object  # in the store's bookkeeping graph: a graph whose load is not finished
    dateText: object  # an event's date as the text gives it, when it cannot be resolved
    # ACE 2005's main classes of event, and the kinds of schema:Event (kg.events.triggers)
    ContactEvent: object
    MovementEvent: object
    ConflictEvent: object
    LifeEvent: object
    JusticeEvent: object
    PersonnelEvent: object
    TransactionEvent: object
    BusinessEvent: object
    Meeting: object
    PhoneCall: object
    Summit: object
    Attack: object
    Agreement: object
    Opening: object
    Visit: object
    Statement: object
    Protest: object
    Death: object
    Arrest: object
    Charge: object
    Trial: object
    Sentence: object
    Ruling: object
    Investigation: object
    Lawsuit: object
    Election: object
    Vote: object
    Appointment: object
    Resignation: object
    Legislation: object
    PolicyMeasure: object
    Deal: object
    Launch: object
    Release: object
    Disaster: object
    Accident: object
    Crisis: object
    War: object
    Founding: object
    Dissolution: object
    Accession: object
    Birth: object
    Marriage: object
    Divorce: object
    Graduation: object
    Injury: object
    Illness: object
    MoneyTransfer: object
    CustodyRelease: object
    Conviction: object
    Fine: object
    Execution: object
    Extradition: object
    Acquittal: object
    Appeal: object
    Pardon: object
    Transport: object
    Occurrence: object


class NIF(DefinedNamespace):
    """NIF 2.0 Core (https://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core/nif-core.html):
    the terms the mention evidence uses, and no others."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: object
    Phrase: object
    Sentence: object
    RFC5147String: object
    isString: object
    beginIndex: object
    endIndex: object
    anchorOf: object
    referenceContext: object
    sentence: object
    sourceUrl: object


class ITSRDF(DefinedNamespace):
    """ITS 2.0 in RDF (https://www.w3.org/2005/11/its/rdf#): the link from a string to what it names."""

    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True

    taIdentRef: object
    taClassRef: object


# Where data IRIs live under the base, by kind (kg.iris mints them): Turtle and TriG name each
# with a prefix of its own (article:, person:, ...).
DATA_KINDS = ("article", "graph", "person", "organization", "place", "event", "site", "webpage", "image")


def prefixes(base: str | None = None) -> dict[str, str]:
    """The prefixes every output uses (files, store exports, the site), and with a base, one per
    kind of data IRI under it."""
    out = {"rdf": str(RDF), "xsd": str(XSD), "schema": str(SDO), "kg": KG_NS, "nif": str(NIF._NS),
           "itsrdf": str(ITSRDF._NS)}
    if base:
        out.update({kind: f"{base}{kind}/" for kind in DATA_KINDS})
    return out


__all__ = ["DATA_KINDS", "ITSRDF", "KG", "KG_NS", "NIF", "OWL", "PROV", "RDF", "RDFS", "SDO", "XSD", "prefixes"]
