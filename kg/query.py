"""SPARQL over graph files, answered by Oxigraph (in memory here; issue 5 adds the on-disk store)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphFileError, UsageError

RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                 "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def rdf_format(path: Path) -> ox.RdfFormat:
    suffix = path.suffix.lower().lstrip(".")
    fmt = ox.RdfFormat.from_extension("jsonld" if suffix == "json" else suffix)
    if fmt is None:
        raise UsageError(f"{path}: cannot tell the RDF format from the extension .{suffix}")
    return fmt


# Oxigraph's union default graph repeats a triple once per graph holding it (a person in two
# articles), which would double counts. The default graph is filled with the distinct triples.
_FILL_DEFAULT = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def load(paths: Iterable[Path], store: ox.Store | None = None) -> ox.Store:
    """Load graph files into a store whose default graph is the union of all triples, each once;
    article graphs stay reachable with GRAPH."""
    store = store if store is not None else ox.Store()
    for path in paths:
        try:
            store.bulk_load(path=str(path), format=rdf_format(path))
        except SyntaxError as e:
            raise GraphFileError(str(path), f"not valid RDF: {e}") from None
        except OSError as e:
            raise GraphFileError(str(path), f"cannot be read ({e.strerror or e})") from None
    store.update(_FILL_DEFAULT)
    return store


@dataclass(frozen=True, slots=True)
class Answer:
    """What a query returned: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()


def run(store: ox.Store, sparql: str) -> Answer:
    """Run a query; the default graph holds every triple of every article graph."""
    try:
        result = store.query(sparql)
    except SyntaxError as e:
        raise UsageError(f"bad query: {e}") from None
    if isinstance(result, ox.QueryBoolean):
        return Answer(boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = tuple(v.value for v in result.variables)
        rows = tuple(tuple(sol[v] for v in names) for sol in result)
        return Answer(variables=names, rows=rows)
    return Answer(triples=tuple(result))


def serialize_answer(store: ox.Store, sparql: str, fmt: str) -> bytes:
    """The answer in a SPARQL 1.1 results format (SELECT/ASK) or an RDF format (CONSTRUCT)."""
    result = store.query(sparql)
    if isinstance(result, ox.QueryTriples):
        rdf = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        return ox.serialize(result, format=rdf) or b""
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    data = result.serialize(format=RESULT_FORMATS[fmt]) or b""
    return data if data.endswith(b"\n") else data + b"\n"


def term_text(term: object) -> str:
    """A cell as a person reads it: IRIs bare, literals by their value."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    return str(term)
