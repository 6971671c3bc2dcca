"""What the site's page builders read of one node in the store's default graph: its schema.org
objects, web addresses, literals and plain strings, each in a stable order (the same store gives
the same pages)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import SDO

SCHEMA = str(SDO)
_DG = ox.DefaultGraph()
_HANS = "zh-hans"


def objects(store: ox.Store, node: ox.NamedNode, prop: str) -> list[ox.NamedNode]:
    """The IRIs `node schema:prop` names, in IRI order."""
    found = {q.object for q in store.quads_for_pattern(node, ox.NamedNode(SCHEMA + prop), None, _DG)
             if isinstance(q.object, ox.NamedNode)}
    return sorted(found, key=lambda n: n.value)


def web_iri(store: ox.Store, node: ox.NamedNode, prop: str) -> str | None:
    """The first http(s) IRI among the objects."""
    web = [n.value for n in objects(store, node, prop) if n.value.startswith(("http://", "https://"))]
    return web[0] if web else None


def literals(store: ox.Store, node: ox.NamedNode, prop: str) -> list[ox.Literal]:
    """The literals, by language tag, then value."""
    found = (q.object for q in store.quads_for_pattern(node, ox.NamedNode(SCHEMA + prop), None, _DG)
             if isinstance(q.object, ox.Literal))
    return sorted(found, key=lambda lit: (lit.language or "", lit.value))


def text(store: ox.Store, node: ox.NamedNode, prop: str) -> str | None:
    """A plain string: the simplified-Chinese value, else another Chinese one, else any."""
    values = literals(store, node, prop)
    for pick in (lambda lit: lit.language == _HANS, lambda lit: (lit.language or "").startswith("zh"), lambda _: True):
        chosen = [lit.value for lit in values if pick(lit)]
        if chosen:
            return chosen[0]
    return None


def value(store: ox.Store, node: ox.NamedNode, prop: str) -> str | None:
    """The first literal's value (untagged ones first)."""
    values = literals(store, node, prop)
    return values[0].value if values else None
