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

Speed: one bulk_load call parses on one thread, so a batch's quads are cut into pieces loaded at
once beside its default-graph triples, and the build's next batch is made while one is written
(Oxigraph releases the GIL). On two cores this loads twice as fast as one call per batch.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import sparql
from kg.errors import KgError
from kg.formats import rdf_format
from kg.namespaces import KG, prefixes
from kg.render import nquads_bytes
from kg.serialize import atomic_file, ntriples_lines
from kg.urls import canonical, is_iri

DEFAULT_STORE = Path("kg-out/store")


def default_store() -> Path:
    """The embedded store's path unless --store says otherwise; KG_STORE moves the default."""
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))




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


def open_store(path: Path, *, read_only: bool = False, create: bool = True) -> ox.Store:
    """Open a store (creating it, for writing, unless `create` is false). Opened for writing, it
    first repairs an interrupted load. Read-only opens may run beside a writer; see `pending`
    for a load under way."""
    try:
        if (read_only or not create) and not (path / "CURRENT").exists():  # RocksDB's marker file
            raise StoreError(f"{path}: no store here; build one with: kg build INPUT --store {path}")
        if read_only:
            return ox.Store.read_only(str(path))
        if not (path / "CURRENT").exists():
            _create(path)
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


# What RocksDB writes into a store's directory: a directory holding only these (and no CURRENT)
# is a creation that was killed, not a user's files.
_ROCKSDB_FILE = re.compile(r"(?:\d+\.(?:log|sst|blob)|LOCK|IDENTITY|LOG(?:\.old\.\d+)?|MANIFEST-\d+"
                           r"|OPTIONS-\d+(?:\.dbtmp)?|\d+\.dbtmp)")


def _create(path: Path) -> None:
    """Make a new store atomically: in a temporary directory beside it, renamed into place when
    RocksDB has written it whole, so that a kill during creation leaves no half-made store. An
    earlier creation that was killed before this was so (RocksDB's files, no CURRENT) is replaced."""
    if path.exists():
        entries = [e.name for e in os.scandir(path)]
        if entries and not all(_ROCKSDB_FILE.fullmatch(n) for n in entries):
            raise StoreError(f"{path}: this directory holds other files; choose an empty or new one "
                             "for the store")
        shutil.rmtree(path)  # empty, or what a killed creation left
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.creating-", dir=path.parent))
    try:
        made = ox.Store(str(tmp))
        made.flush()
        del made  # RocksDB closes when the last reference goes
        gc.collect()
        os.rename(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class ArticleStore:
    """Writes article graphs into the store, batch by batch. Also a build sink (see pipeline).

    A batch is written on a thread of its own while the build goes on (Oxigraph's loader releases
    the GIL); the next flush, or close, waits for it and raises its error."""

    needs_graph = False

    def __init__(self, path: Path, batch_size: int = 250) -> None:
        self.path = path
        self.store: ox.Store | None = open_store(path)
        self.batch_size = batch_size
        self._pending: list[tuple[str, Sequence[bytes]]] = []
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="kg-store")
        self._job: tuple[int, Future[None]] | None = None
        self.loaded = 0

    def add(self, graph: Graph) -> None:
        self.add_lines(str(graph.identifier), ntriples_lines(graph))

    def add_lines(self, graph_iri: str, lines: Sequence[bytes]) -> None:
        self._pending.append((graph_iri, lines))
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Start writing what is pending, once the batch before it is written."""
        if self._pending:
            if self.store is None:
                raise StoreError(f"{self.path}: the store was closed")
            self._wait()
            batch, self._pending = self._pending, []
            self._job = (len(batch), self._writer.submit(replace, self.store, batch))

    def _wait(self) -> None:
        if self._job is not None:
            (count, job), self._job = self._job, None
            error = job.exception()
            if error is not None:  # a fresh error: see _failure
                raise StoreError(f"{self.path}: {error}") from error
            self.loaded += count

    def close(self) -> None:
        """Write what is pending and let go of the store (its lock goes with the last reference)."""
        if self.store is not None:
            try:
                self.flush()
                self._wait()
            finally:
                self._writer.shutdown(wait=True)  # never leave a write running behind a repair
                self.store.flush()
                self.store = None


def replace(store: ox.Store, articles: Sequence[tuple[str, Sequence[bytes]]]) -> None:
    """Put these article graphs (as sorted N-Triples lines) in the store, replacing any older
    versions of them. The lines go to Oxigraph's parser as they are: no Python object per quad."""
    names = [ox.NamedNode(iri) for iri, _ in articles]  # validates each IRI
    quads = b"".join(nquads_bytes(iri, lines) for iri, lines in articles)
    triples = b"".join(line for _, lines in articles for line in lines)
    try:
        write_batch(store, names, quads, triples)
    except BatchSyntaxError as e:
        raise StoreError(f"the store refused article graphs: line {e.line} of a batch, {e.reason}") from None


class BatchSyntaxError(StoreError):
    """Oxigraph's parser refused a batch; `line` counts from the batch's first line."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}, {reason}")
        self.line, self.reason = line, reason


def write_batch(store: ox.Store, names: Sequence[ox.NamedNode], quads: bytes, triples: bytes) -> None:
    """Put graphs in the store, replacing their older versions: `quads` holds their N-Quads lines,
    `triples` the same lines without graph names (for the default graph; Oxigraph keeps a set, so
    repeats cost nothing but parsing). Either all of the batch ends in the store or none of it:
    the graphs are first marked pending (a transaction), old versions removed, the new lines
    bulk-loaded, then the marks cleared; a failure, or a crash on the next open, removes the
    marked graphs."""
    marks = [ox.Quad(STATE_GRAPH, _PENDING, n, STATE_GRAPH) for n in names]
    store.extend(marks)  # a transaction: from here a crash is repaired on the next open
    existing = [n for n in names if store.contains_named_graph(n)]
    if existing:
        store.update(removal_update(existing))
    try:
        _bulk_load(store, quads, triples)
    except BaseException:
        repair(store)  # what was written of the batch goes: its graphs are absent, not half there
        raise
    store.flush()
    for mark in marks:
        store.remove(mark)


# How many pieces a batch's quads are cut into, each bulk-loaded on its own thread beside the
# default graph's. One bulk_load parses on one thread and releases the GIL, so on two cores three
# calls at once load a batch in about 60% of the time one call takes (bench/bench_store.py).
PIECES = max(1, min(4, os.cpu_count() or 1))
_SMALL = 1 << 20  # below a MiB, one piece: threads would cost more than they save
_PARSER_AT = re.compile(r"^Parser error at line \d+ ")


def _bulk_load(store: ox.Store, quads: bytes, triples: bytes) -> None:
    """Bulk-load the quads (strictly parsed) and the default-graph triples (the same terms, so
    parsed leniently) at once. Waits for every piece, even when interrupted, before returning or
    raising: a repair must not run beside a load."""
    pieces = _pieces(quads, 1 if len(quads) < _SMALL else PIECES)
    with ThreadPoolExecutor(len(pieces) + 1, thread_name_prefix="kg-load") as pool:
        jobs = [(first, pool.submit(store.bulk_load, input=piece, format=ox.RdfFormat.N_QUADS))
                for first, piece in pieces]
        jobs.append((1, pool.submit(store.bulk_load, input=triples, format=ox.RdfFormat.N_TRIPLES,
                                    lenient=True)))
        wait([job for _, job in jobs])
    failure = _failure(jobs)
    if failure is not None:
        try:
            raise failure
        finally:
            del failure  # see _failure


def _failure(jobs: Sequence[tuple[int, Future[None]]]) -> StoreError | None:
    """The batch's error, if a piece failed: the parser's first by line. Made fresh, never
    re-raised from a future, and not kept in the raising frame: otherwise the error would hold
    the frame, the frame the futures or the error, and the cycle would keep the store open (and
    locked) until the garbage collector ran."""
    errors = [(first, job.exception()) for first, job in jobs]
    syntax = [BatchSyntaxError(first + (e.lineno or 1) - 1, _PARSER_AT.sub("", str(e.msg)))
              for first, e in errors if isinstance(e, SyntaxError)]
    if syntax:
        return min(syntax, key=lambda e: e.line)
    for _, error in errors:
        if error is not None:
            failure = StoreError(f"the store could not take a batch: {error}")
            failure.__cause__ = error
            return failure
    return None


def _pieces(data: bytes, count: int) -> list[tuple[int, bytes]]:
    """`data` cut at line ends into `count` pieces of about the same size, each with the number
    of its first line."""
    cuts = [0]
    for i in range(1, count):
        at = data.find(b"\n", max(cuts[-1], len(data) * i // count))
        if at < 0:
            break
        cuts.append(at + 1)
    cuts.append(len(data))
    out, line = [], 1
    for a, b in pairwise(cuts):
        if a < b:
            out.append((line, data[a:b]))
            line += data.count(b"\n", a, b)
    return out or [(1, data)]


def pending(store: ox.Store) -> list[ox.NamedNode]:
    """Graphs whose load was begun and not finished."""
    return [q.object for q in store.quads_for_pattern(STATE_GRAPH, _PENDING, None, STATE_GRAPH)]


def repair(store: ox.Store) -> list[ox.NamedNode]:
    """Undo interrupted loads: drop their graphs and orphaned default triples. Returns them."""
    graphs = pending(store)
    if graphs:
        store.update(removal_update(graphs))
        store.update(sparql.text("orphans"))
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


def graph_for_url(store: ox.Store, url: str) -> ox.NamedNode | None:
    """The article graph whose main entity has this URL (as built, or canonical)."""
    base = canonical(url)
    flipped = base.replace("https://", "http://", 1) if base.startswith("https://") else \
        base.replace("http://", "https://", 1)
    variants = [v for b in (base, flipped) for v in (b, b.rstrip("/"), b.rstrip("/") + "/")]
    for candidate in dict.fromkeys((url, *variants)):
        for row in store.query(sparql.text("graph_of_url"), substitutions={ox.Variable("u"): ox.NamedNode(candidate)}):
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
    triples = count(sparql.text("count_triples"))
    quads = count(sparql.text("count_quads"))
    rows = store.query(sparql.text("count_types"))
    entities = tuple((row["t"].value, int(row["n"].value)) for row in rows)
    return StoreStats(graphs=graphs, triples=triples, quads=quads, entities=entities)


def export(store: ox.Store, target: Path, fmt: str) -> int:
    """Write the store out: nq/trig keep the article graphs; ttl/jsonld hold their union."""
    f = rdf_format(fmt)
    if f.graphs:
        quads = [q for q in store.quads_for_pattern(None, None, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != STATE_GRAPH]
        # A stable order, whatever the store's internal one; each graph's quads together, as
        # kg store load reads them.
        quads.sort(key=lambda q: (str(q.graph_name), str(q)))
    else:
        quads = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
        quads.sort(key=str)
    with atomic_file(target) as fh:
        ox.serialize(quads, fh, format=f.oxigraph, prefixes=prefixes())
    return len(quads)
