"""Loading an N-Quads file of article graphs (as `kg build -o x.nq` writes it) into the store.

The file is read in large blocks and cut into batches of whole article graphs with a few bytes
operations per line, never a Python object per term: at a million quads the reading costs a
second where Oxigraph's loading costs several (bench/bench_store.py).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.formats import for_path
from kg.store import BatchSyntaxError, StoreError, write_batch

_BLOCK = 32 << 20  # bytes read at a time


class ScatteredGraph(StoreError):
    """A graph's quads are not together in the file: streaming would cut the graph in two."""


@dataclass
class _Batch:
    first_line: int
    graphs: list[bytes] = field(default_factory=list)  # labels: b" <iri> ."
    quads: list[bytes] = field(default_factory=list)
    triples: list[bytes] = field(default_factory=list)


def load_file(store: ox.Store, path: Path, on_batch: Callable[[int], None] | None = None) -> int:
    """Load article graphs from N-Quads (streamed, see load_nquads) or TriG: TriG, or N-Quads
    whose graphs are not each together, is parsed by Oxigraph, grouped by graph into a temporary
    N-Quads file beside the store, and loaded from there."""
    if for_path(path).name == "nquads":
        try:
            return load_nquads(store, path, on_batch=on_batch)
        except ScatteredGraph:
            pass  # grouped below; the graphs loaded so far are replaced again, whole
    if not for_path(path).graphs:
        raise StoreError(f"{path}: {for_path(path).name} holds no article graphs; load N-Quads or TriG")
    try:
        quads = [q for q in ox.parse(path=str(path), format=for_path(path).oxigraph)
                 if not isinstance(q.graph_name, ox.DefaultGraph)]
    except SyntaxError as e:
        raise StoreError(f"{path}: {e}") from None
    quads.sort(key=lambda q: (str(q.graph_name), str(q)))
    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        grouped = Path(tmp) / "grouped.nq"
        ox.serialize(quads, str(grouped), format=ox.RdfFormat.N_QUADS)
        return load_nquads(store, grouped, on_batch=on_batch)


def load_nquads(store: ox.Store, path: Path, batch_size: int = 250,
                on_batch: Callable[[int], None] | None = None) -> int:
    """Load an N-Quads file of article graphs, each graph's lines together, replacing what the
    store held of them, batch by batch as a build does. Returns the number of graphs.
    `on_batch` is told the bytes of the file read so far, once per batch written.

    One batch is written while the next is read: Oxigraph's loader releases the GIL."""
    count = 0
    with path.open("rb") as fh, ThreadPoolExecutor(1, thread_name_prefix="kg-write") as writer:
        job: Future[None] | None = None
        first_line = 1
        for batch in _batches(fh, path, batch_size):
            names = [ox.NamedNode(label[2:-3].decode("utf-8")) for label in batch.graphs]
            quads, triples = b"".join(batch.quads), b"".join(batch.triples)
            if job is not None:
                _finish(job, path, first_line)
                if on_batch:
                    on_batch(fh.tell())
            job = writer.submit(write_batch, store, names, quads, triples)
            first_line = batch.first_line
            count += len(names)
        if job is not None:
            _finish(job, path, first_line)
            if on_batch:
                on_batch(fh.tell())
    store.flush()
    return count


def _finish(job: Future[None], path: Path, first_line: int) -> None:
    """Wait for a batch's write. Errors are made fresh with the file's name and line (see
    store._bulk_load for why never re-raised from the future)."""
    error = job.exception()
    if isinstance(error, BatchSyntaxError):
        raise StoreError(f"{path}: not N-Quads of article graphs: line "
                         f"{first_line + error.line - 1}, {error.reason}")
    if error is not None:
        raise StoreError(f"{path}: {error}") from error


def _batches(fh: BinaryIO, path: Path, size: int) -> Iterator[_Batch]:
    """The file's graphs, `size` at a time. Lines keep their order, so a parser's line number
    within a batch maps back to the file."""
    seen: set[bytes] = set()
    current = b""
    batch = _Batch(first_line=1)
    for line_no, label, lines in _runs(fh, path):
        if label and label != current:  # a new graph starts
            if label in seen:  # a graph in two pieces would replace its own first piece
                raise ScatteredGraph(f"{path}: the quads of {label[1:-2].decode()} are not together "
                                 f"(line {line_no}); sort the file by graph (kg build writes them so)")
            seen.add(label)
            current = label
            if len(batch.graphs) == size:
                yield batch
                batch = _Batch(first_line=line_no)
            batch.graphs.append(label)
        text = b"\n".join(lines) + b"\n"
        batch.quads.append(text)
        # The default graph's triples: the same lines with the graph label cut off. A label can
        # only end a line, as N-Quads escapes line breaks inside literals.
        batch.triples.append(text.replace(label + b"\n", b" .\n") if label else text)
    if batch.graphs:
        yield batch


def _runs(fh: BinaryIO, path: Path) -> Iterator[tuple[int, bytes, list[bytes]]]:
    """Runs of consecutive lines in one graph: (first line's number, graph label b" <iri> .",
    lines). Blank and comment lines come as runs with an empty label."""
    line_no = 1
    for lines in _blocks(fh):
        labels = [line[line.rfind(b" <"):] for line in lines]
        at = 0
        for label, same in groupby(labels):
            run = lines[at:at + len(list(same))]
            if not _is_label(label):
                for i, line in enumerate(run):
                    if line.strip() and not line.lstrip().startswith(b"#"):
                        raise StoreError(f"{path}: line {line_no + i} is not a quad in a named graph: "
                                         f"{line[:200]!r}")
                label = b""
            yield line_no, label, run
            at += len(run)
            line_no += len(run)


def _is_label(label: bytes) -> bool:
    return label.startswith(b" <") and label.endswith(b"> .") and b" " not in label[2:-3]


def _blocks(fh: BinaryIO) -> Iterator[list[bytes]]:
    """The file's lines, without their ends, a block of whole lines at a time."""
    rest = b""
    while chunk := fh.read(_BLOCK):
        data = rest + chunk
        if b"\r" in data:  # CRLF files; a CR split from its LF stays in `rest` until next time
            data = data.replace(b"\r\n", b"\n")
        cut = data.rfind(b"\n") + 1
        rest = data[cut:]
        if cut:
            yield data[:cut - 1].split(b"\n")
    if rest:
        yield [rest]
