"""The embedded on-disk triple store (Oxigraph).

Layout: one named graph per article, as in the N-Quads output, and a default graph holding each
distinct triple of all article graphs once. Queries read the default graph, so a person named in
a hundred articles has their name once, as RDF's set semantics and users expect (Oxigraph's own
union-of-graphs default would repeat it per graph).

Writes are per batch of articles, bulk-loaded (Oxigraph's bulk loader is four times faster
than its transactions), and crash-safe by a write-ahead mark: the batch's graphs are first
recorded as pending (a transaction), old versions removed (another), the new quads bulk-loaded,
then the mark cleared. A store opened for writing with marks left by a killed load drops those
graphs, and any default-graph triple no graph holds: every article graph is whole or absent, and
a rerun completes the load. A reader may open the store meanwhile; `pending` tells it so.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import KgError
from kg.namespaces import KG, SDO
from kg.serialize import atomic_file, nquads_lines, ntriples_lines
from kg.urls import canonical, is_iri

DEFAULT_STORE = Path("kg-out/store")


def default_store() -> Path:
    """The embedded store's path unless --store says otherwise; KG_STORE moves the default."""
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))


EXPORT_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}
_PREFIXES = {"schema": str(SDO), "kg": str(KG)}


class StoreError(KgError):
    """The store cannot be opened or written."""


@dataclass(frozen=True, slots=True)
class StoreStats:
    graphs: int
    triples: int  # distinct triples (the default graph)
    quads: int  # triples over all article graphs
    entities: tuple[tuple[str, int], ...]  # (type IRI, distinct nodes)


# The store's own bookkeeping: a graph outside every article, with the pending marks.
STATE_GRAPH = ox.NamedNode("urn:kg:store")
_PENDING = ox.NamedNode(str(KG.pendingLoad))
# Default-graph triples that no graph holds (left by an interrupted bulk load).
_ORPHANS = ("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(?g != {STATE_GRAPH}) }} }}")


def open_store(path: Path, *, read_only: bool = False, create: bool = True) -> ox.Store:
    """Open a store (creating it, for writing, unless `create` is false). Opened for writing, it
    first repairs an interrupted load. Read-only opens may run beside a writer; see `pending`
    for a load under way."""
    try:
        if (read_only or not create) and not (path / "CURRENT").exists():  # RocksDB's marker file
            raise StoreError(f"{path}: no store here; build one with: kg build INPUT --store {path}")
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(path))
        repair(store)
        return store
    except OSError as e:
        if "lock" in str(e).lower():
            raise StoreError(f"{path}: the store is open in another kg process; wait for it, or "
                             "use another --store") from None
        raise StoreError(f"{path}: cannot open the store ({e})") from None
    except RuntimeError as e:  # RocksDB: a directory that is no store, or one being created
        raise StoreError(f"{path}: not a kg store, or one still being created ({e})") from None


class ArticleStore:
    """Writes article graphs into the store, batch by batch. Also a build sink (see pipeline)."""

    needs_graph = False

    def __init__(self, path: Path, batch_size: int = 250) -> None:
        self.path = path
        self.store: ox.Store | None = open_store(path)
        self.batch_size = batch_size
        self._pending: list[tuple[str, Sequence[bytes]]] = []
        self.loaded = 0

    def add(self, graph: Graph) -> None:
        self.add_lines(str(graph.identifier), ntriples_lines(graph))

    def add_lines(self, graph_iri: str, lines: Sequence[bytes]) -> None:
        self._pending.append((graph_iri, lines))
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            if self.store is None:
                raise StoreError(f"{self.path}: the store was closed")
            replace(self.store, self._pending)
            self.loaded += len(self._pending)
            self._pending = []

    def close(self) -> None:
        """Write what is pending and let go of the store (its lock goes with the last reference)."""
        if self.store is not None:
            self.flush()
            self.store.flush()
            self.store = None


def replace(store: ox.Store, articles: Sequence[tuple[str, Sequence[bytes]]]) -> None:
    """Put these article graphs (as sorted N-Triples lines) in the store, replacing any older
    versions of them. The lines go to Oxigraph's parser as they are: no Python object per quad."""
    names = [ox.NamedNode(iri) for iri, _ in articles]  # validates each IRI

    def write() -> None:
        quads = b"".join(q for iri, lines in articles for q in nquads_lines(iri, lines))
        triples = b"".join(sorted({line for _, lines in articles for line in lines}))
        store.bulk_load(input=quads, format=ox.RdfFormat.N_QUADS)
        store.bulk_load(input=triples, format=ox.RdfFormat.N_TRIPLES)  # the default graph; a set

    _replace(store, names, write)


def _replace(store: ox.Store, names: Sequence[ox.NamedNode], write: Callable[[], None]) -> None:
    """Mark the graphs pending, remove their old versions, `write` the new ones, unmark."""
    marks = [ox.Quad(STATE_GRAPH, _PENDING, n, STATE_GRAPH) for n in names]
    store.extend(marks)  # a transaction: from here a crash is repaired on the next open
    existing = [n for n in names if store.contains_named_graph(n)]
    if existing:
        store.update(removal_update(existing))
    try:
        write()
    except BaseException:
        repair(store)  # what was written of the batch goes: its graphs are absent, not half there
        raise
    store.flush()
    for mark in marks:
        store.remove(mark)


def pending(store: ox.Store) -> list[ox.NamedNode]:
    """Graphs whose load was begun and not finished."""
    return [q.object for q in store.quads_for_pattern(STATE_GRAPH, _PENDING, None, STATE_GRAPH)]


def repair(store: ox.Store) -> list[ox.NamedNode]:
    """Undo interrupted loads: drop their graphs and orphaned default triples. Returns them."""
    graphs = pending(store)
    if graphs:
        store.update(removal_update(graphs))
        store.update(_ORPHANS)
        store.remove_graph(STATE_GRAPH)
        store.flush()
    return graphs


def article_graphs(store: ox.Store) -> list[ox.NamedNode]:
    """The article graphs, in IRI order (the store's bookkeeping graph left out)."""
    return sorted((g for g in store.named_graphs() if g != STATE_GRAPH), key=str)


def removal_update(graphs: Sequence[ox.NamedNode]) -> str:
    """One update: drop default-graph triples held only by these graphs, then the graphs."""
    names = " ".join(str(g) for g in graphs)  # NamedNode's str is its N-Triples form, <iri>
    listed = ", ".join(str(g) for g in graphs)
    drops = " ; ".join(f"DROP SILENT GRAPH {g}" for g in graphs)
    return (
        "DELETE { ?s ?p ?o } WHERE { "
        f"VALUES ?g {{ {names} }} GRAPH ?g {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other NOT IN ({listed})) }} }} ; "
        + drops
    )


def load_nquads(store: ox.Store, path: Path, batch_size: int = 250) -> int:
    """Load an N-Quads file of article graphs (as kg build writes them: one line per quad, each
    graph's lines together), replacing what the store held of them, batch by batch as a build
    does. The lines go to Oxigraph's parser as bytes, as the build's do. Returns the number of
    graphs."""
    batch: list[tuple[str, list[bytes]]] = []
    seen: set[bytes] = set()
    current, lines = b"", []
    count = 0
    with path.open("rb") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip() or line.startswith(b"#"):
                continue
            parts = line.rstrip(b"\r\n").rsplit(b" ", 2)
            if len(parts) != 3 or parts[2] != b"." or not parts[1].startswith(b"<"):
                raise StoreError(f"{path}: line {no} is not a quad in a named graph: {line[:200]!r}")
            graph = parts[1]
            if graph != current:
                if graph in seen:  # a graph in two pieces would replace its own first piece
                    raise StoreError(f"{path}: the quads of {graph.decode()} are not together; sort "
                                     "the file by graph (kg build writes them so)")
                seen.add(graph)
                if current:
                    batch.append((current[1:-1].decode("utf-8"), lines))
                    if len(batch) == batch_size:
                        _replace_batch(store, batch, path)
                        batch = []
                current, lines = graph, []
                count += 1
            lines.append(parts[0] + b" .\n")
    if current:
        batch.append((current[1:-1].decode("utf-8"), lines))
    if batch:
        _replace_batch(store, batch, path)
    store.flush()
    return count


def _replace_batch(store: ox.Store, batch: list[tuple[str, list[bytes]]], path: Path) -> None:
    try:
        replace(store, batch)
    except SyntaxError as e:
        raise StoreError(f"{path}: not N-Quads of article graphs ({e})") from None



_GRAPH_OF_URL = ("SELECT ?g ?u WHERE { GRAPH ?g { ?g <https://schema.org/mainEntity> ?a . "
                 "?a <https://schema.org/url> ?u } } LIMIT 1")


def graph_for_url(store: ox.Store, url: str) -> ox.NamedNode | None:
    """The article graph whose main entity has this URL (as built, or canonical)."""
    base = canonical(url)
    flipped = base.replace("https://", "http://", 1) if base.startswith("https://") else \
        base.replace("http://", "https://", 1)
    variants = [v for b in (base, flipped) for v in (b, b.rstrip("/"), b.rstrip("/") + "/")]
    for candidate in dict.fromkeys((url, *variants)):
        for row in store.query(_GRAPH_OF_URL, substitutions={ox.Variable("u"): ox.NamedNode(candidate)}):
            return row["g"]
    return None


def drop(store: ox.Store, url: str) -> bool:
    """Remove one article (by its URL) with everything only it held. False if not there."""
    if not is_iri(url):
        raise StoreError(f"{url!r} is not a URL an article could have")
    graph = graph_for_url(store, url)
    if graph is None:
        return False
    store.update(removal_update([graph]))
    store.flush()
    return True


def stats(store: ox.Store) -> StoreStats:
    def count(query: str) -> int:
        (row,) = list(store.query(query))
        return int(row[0].value)

    graphs = len(article_graphs(store))
    triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    quads = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {STATE_GRAPH}) }}")
    rows = store.query("SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t ORDER BY ?t")
    entities = tuple((row["t"].value, int(row["n"].value)) for row in rows)
    return StoreStats(graphs=graphs, triples=triples, quads=quads, entities=entities)


def export(store: ox.Store, target: Path, fmt: str) -> int:
    """Write the store out: nq/trig keep the article graphs; ttl/jsonld hold their union."""
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt in ("nq", "trig"):
        quads = [q for q in store.quads_for_pattern(None, None, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != STATE_GRAPH]
    else:
        quads = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    quads.sort(key=str)  # a stable order, whatever the store's internal one
    with atomic_file(target) as fh:
        ox.serialize(quads, fh, format=EXPORT_FORMATS[fmt], prefixes=_PREFIXES)
    return len(quads)
