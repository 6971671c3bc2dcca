"""Every RDF and SPARQL-results format kg reads or writes, defined once: each command's choices,
file extensions, media types and Oxigraph's names come from here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UsageError


@dataclass(frozen=True, slots=True)
class RdfFormat:
    name: str  # kg's name, as --format takes it
    aliases: tuple[str, ...]  # other names --format takes
    suffixes: tuple[str, ...]  # file extensions, the first the usual one
    media_type: str
    oxigraph: ox.RdfFormat
    graphs: bool  # keeps named graphs (one per article)


RDF_FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", ("ttl",), (".ttl",), "text/turtle", ox.RdfFormat.TURTLE, False),
    RdfFormat("json-ld", ("jsonld",), (".jsonld", ".json"), "application/ld+json", ox.RdfFormat.JSON_LD, False),
    RdfFormat("nt", ("ntriples",), (".nt",), "application/n-triples", ox.RdfFormat.N_TRIPLES, False),
    RdfFormat("nquads", ("nq",), (".nq",), "application/n-quads", ox.RdfFormat.N_QUADS, True),
    RdfFormat("trig", (), (".trig",), "application/trig", ox.RdfFormat.TRIG, True),
)}
_BY_NAME = {n: f for f in RDF_FORMATS.values() for n in (f.name, *f.aliases)}

# SPARQL SELECT and ASK answers.
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}


def names(*, graphs_only: bool = False, exclude: tuple[str, ...] = ()) -> list[str]:
    """Every name and alias --format accepts, for click.Choice."""
    return [n for n, f in _BY_NAME.items() if (f.graphs or not graphs_only) and f.name not in exclude]


def rdf_format(name: str) -> RdfFormat:
    """A format by its name or alias (case-insensitive)."""
    found = _BY_NAME.get(name.lower())
    if found is None:
        raise UsageError(f"unknown format {name!r}; choose one of {', '.join(RDF_FORMATS)}")
    return found


def for_path(path: str | Path | None, explicit: str | None = None) -> RdfFormat:
    """The format --format names, else the one the file's extension names."""
    if explicit:
        return rdf_format(explicit)
    suffix = Path(path or "").suffix.lower()
    for f in RDF_FORMATS.values():
        if suffix in f.suffixes:
            return f
    raise UsageError(f"cannot tell the format from {str(path)!r}; use --format or one of "
                     + ", ".join(s for f in RDF_FORMATS.values() for s in f.suffixes))
