"""Writing graphs: Turtle, JSON-LD, N-Triples, N-Quads, TriG. Deterministic and atomic.

Turtle, N-Triples and JSON-LD hold the union of the article graphs; N-Quads and TriG keep each
article in its named graph. Every format is written as it comes (kg.render), so memory stays flat
on long builds.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from rdflib import Graph

from kg.formats import for_path
from kg.namespaces import prefixes
from kg.render import article_part, layout


def format_for(path: str | None, explicit: str | None) -> str:
    """The format named by --format, else by the output file's extension (kg.formats)."""
    return for_path(path, explicit).name


def bind_prefixes(g: Graph, base: str) -> None:
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, ns, replace=True)


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A temporary file beside the target, moved over it only when writing has finished. The
    file gets the mode a new file would (umask). A target that is not a regular file (a device,
    a pipe) is written in place; a symlink's target file is replaced, not the link."""
    path = path.resolve() if path.is_symlink() else path
    if path.exists() and not path.is_file():
        try:
            with path.open("wb") as fh:
                yield fh
        except OSError as e:  # a full disk or a closed pipe: name the user's path
            raise OSError(e.errno, e.strerror, str(path)) from None
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _sweep_debris(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent)
    except FileExistsError:  # mkdir met a file where a folder should be
        raise NotADirectoryError(errno.ENOTDIR, "a file stands where its folder should be", str(path)) from None
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as e:  # the user's path, not kg's temporary file, is what they can act on
        Path(tmp).unlink(missing_ok=True)
        raise OSError(e.errno, e.strerror, str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sweep_debris(path: Path) -> None:
    """Remove the temporary files that killed writers of this target left behind: each names its
    writer's process id, and only those whose process is gone are removed (a build running beside
    this one keeps its file)."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.[^./]+\.part")
    with suppress(OSError):
        for entry in os.scandir(path.parent):
            m = pattern.fullmatch(entry.name)
            if m and not _alive(int(m.group(1))):
                with suppress(OSError):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process, or one we cannot ask about: leave its file alone
    return True


def check_writable(path: Path) -> None:
    """OSError naming path when a file cannot be written there (its folder is missing and cannot be
    made, is read-only, or is a file)."""
    try:
        with atomic_file(path):
            raise _Probe  # abandons the temporary file; an older target is untouched
    except _Probe:
        pass


class _Probe(Exception):
    pass


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it
    os.umask(mask)
    return mask


def ntriples_lines(graph: Graph) -> list[bytes]:
    """The graph as N-Triples lines, sorted: rdflib's order follows hashing, which differs
    between runs."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return sorted(line for line in data.splitlines(keepends=True) if line.strip())


class GraphWriter:
    """Writes article graphs in one format as they come: the format's header, each article's part
    (kg.render; the worker that built the article renders it), then the footer.

    Give it parts (add_part), line lists (add_lines) or graphs (add) in input order, then call
    close() (or use it as a context manager): the file appears whole at close, or not at all.
    """

    needs_graph = False

    def __init__(self, path: Path, fmt: str, base: str) -> None:
        self.path, self.fmt, self.base = path, fmt, base
        self._layout = layout(fmt, base)
        self._file = atomic_file(path)
        self._fh: IO[bytes] | None = self._file.__enter__()
        self._parts = 0
        self.triples = 0  # statements written, a shared node's once per article that describes it
        self._write(self._layout.header)

    @property
    def part_format(self) -> str:
        """The format of the parts add_part takes (kg.render.article_part)."""
        return self.fmt

    def add_part(self, part: bytes, triples: int) -> None:
        """One article's part, rendered by kg.render.article_part in this writer's format: on disk
        when this returns (flushed, not left in the file object's buffer to its size's luck)."""
        self._write(self._layout.separator + part if self._parts else part, flush=True)
        self._parts += 1
        self.triples += triples

    def add_lines(self, graph_iri: str, lines: Sequence[bytes]) -> None:
        """One article graph as sorted N-Triples lines (see ntriples_lines)."""
        self.add_part(article_part(self.fmt, graph_iri, lines, self.base), len(lines))

    def add(self, graph: Graph) -> None:
        self.add_lines(str(graph.identifier), ntriples_lines(graph))

    def _write(self, data: bytes, flush: bool = False) -> None:
        if self._fh is None:
            raise ValueError(f"{self.path}: the writer is closed")
        try:
            self._fh.write(data)
            if flush:
                self._fh.flush()
        except OSError as e:  # a full disk mid-build: name the user's path, not kg's .part file
            self.abort()
            raise OSError(e.errno, e.strerror, str(self.path)) from None

    def close(self) -> None:
        if self._fh is None:
            return
        self._write(self._layout.footer)
        self._fh = None
        self._file.__exit__(None, None, None)

    def abort(self) -> None:
        """Leave no file behind: the temporary one is removed, an older target stays."""
        if self._fh is None:
            return
        self._fh = None
        err = RuntimeError("aborted")
        self._file.__exit__(RuntimeError, err, None)

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
