"""One article's part of an output file, rendered where the article is built (a worker process).

Every format streams: a file is a header, the articles' parts in input order, and a footer, so the
writer only appends bytes and memory stays flat however long the build. Turtle and TriG parts
come from Oxigraph's serializers over the article's sorted N-Triples lines; JSON-LD parts are the
framed article objects. A node that several articles describe (a person, the publisher) appears
in each of their parts: RDF graphs are sets, so a parser reads back the same union either way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import orjson
import pyoxigraph as ox

from kg.formats import rdf_format
from kg.jsonld import context, frame_article
from kg.namespaces import prefixes


@dataclass(frozen=True, slots=True)
class Layout:
    """How a format's file is put together from article parts."""

    header: bytes
    separator: bytes  # between two parts
    footer: bytes


def layout(fmt: str, base: str) -> Layout:
    """The header, separator and footer of a file in `fmt` (kg.formats name)."""
    if fmt in ("turtle", "trig"):
        return Layout(_prefix_block(base) + b"\n", b"\n", b"")
    if fmt == "json-ld":
        head = json.dumps({"@context": context()}, ensure_ascii=False, indent=2)
        # The context object, left open for the article objects: '{ "@context": {...}, "@graph": ['.
        return Layout(head[:-2].encode("utf-8") + b',\n  "@graph": [\n', b",\n", b"\n  ]\n}\n")
    if fmt in ("nt", "nquads"):
        return Layout(b"", b"", b"")
    raise ValueError(f"no layout for {fmt!r}")


def article_part(fmt: str, graph_iri: str, lines: Sequence[bytes], base: str) -> bytes:
    """One article graph, given as its sorted N-Triples lines, as a part of a `fmt` file."""
    if fmt == "nt":
        return b"".join(lines)
    if fmt == "nquads":
        return nquads_bytes(graph_iri, lines)
    if fmt in ("turtle", "trig"):
        triples = ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES)
        if fmt == "trig":
            name = ox.NamedNode(graph_iri)
            triples = (ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        data = ox.serialize(triples, format=rdf_format(fmt).oxigraph, prefixes=_prefixes(base))
        return _without_prefixes(data)
    if fmt == "json-ld":
        # orjson's two-space indent writes json.dumps(indent=2, ensure_ascii=False)'s bytes, fifteen
        # times faster (tests/test_framing.py). A JSON string holds no raw line break, so every
        # line break is between tokens.
        text = orjson.dumps(frame_article(b"".join(lines), context()), option=orjson.OPT_INDENT_2)
        return b"    " + text.replace(b"\n", b"\n    ")
    raise ValueError(f"no article parts for {fmt!r}")


def nquads_bytes(graph_iri: str, lines: Sequence[bytes]) -> bytes:
    """N-Triples lines put in a named graph: an N-Quads line is an N-Triples line with the graph
    name before the final " .". One bytes replace, not a Python step per line: " .\n" can only
    end a line, as N-Triples escapes line breaks inside literals."""
    data = b"".join(lines)
    if not data.count(b" .\n") == data.count(b"\n") == len(lines):
        bad = next(line for line in lines if not line.endswith(b" .\n") or line.count(b"\n") != 1)
        raise ValueError(f"not an N-Triples line: {bad!r}")
    return data.replace(b" .\n", b" <" + graph_iri.encode("utf-8") + b"> .\n")


@lru_cache(maxsize=8)
def _prefixes(base: str) -> dict[str, str]:
    return prefixes(base)


@lru_cache(maxsize=8)
def _prefix_block(base: str) -> bytes:
    """The @prefix directives, sorted (Oxigraph writes them in its map's order, which varies
    between runs, and writes none for an empty graph). The IRIs are checked ASCII (iris.check_base)."""
    return b"".join(f"@prefix {p}: <{ns}> .\n".encode() for p, ns in sorted(_prefixes(base).items()))


def _without_prefixes(data: bytes) -> bytes:
    """Oxigraph's output less its leading @prefix lines: the file's header declares them once."""
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]
