"""Oxigraph terms as rdflib terms, for the places where the two libraries meet."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_rdflib(term: OxTerm) -> URIRef | BNode | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=bcp47_case(term.language))  # Oxigraph keeps tags lower-cased
    if term.datatype.value == str(XSD.string):  # RDF 1.1: a plain literal is an xsd:string
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def bcp47_case(tag: str) -> str:
    """A language tag in the case BCP 47 recommends: zh-hans -> zh-Hans, en-us -> en-US. (PyLD
    lower-cases tags; they compare case-insensitively, but people read them.)"""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.title() if len(part) == 4 and part.isalpha() else
                   part.upper() if len(part) == 2 and part.isalpha() else part.lower())
    return "-".join(out)


def default_graph(store: ox.Store) -> Graph:
    """The store's default graph as an rdflib Graph."""
    g = Graph()
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g
