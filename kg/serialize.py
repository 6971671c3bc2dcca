"""Writing graphs: Turtle, JSON-LD, N-Triples, N-Quads, TriG. Deterministic and atomic.

Turtle, N-Triples and JSON-LD hold the union of the article graphs; N-Quads and TriG keep each
article in its named graph. N-Quads is written as it comes, so memory stays flat on long builds.
"""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import IO, Any

from pyld import jsonld
from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.formats import for_path
from kg.namespaces import prefixes
from kg.terms import bcp47_case


def format_for(path: str | None, explicit: str | None) -> str:
    """The format named by --format, else by the output file's extension (kg.formats)."""
    return for_path(path, explicit).name


def bind_prefixes(g: Graph, base: str) -> None:
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, ns, replace=True)


def context() -> dict[str, Any]:
    """The JSON-LD context that ships with the package; output embeds it, nothing is fetched."""
    text = resources.files("kg.data").joinpath("context.jsonld").read_text("utf-8")
    return json.loads(text)["@context"]


def _offline_loader(url: str, options: dict | None = None) -> dict:
    raise jsonld.JsonLdError(f"refusing to fetch {url}: kg works offline",
                             "jsonld.LoadDocumentError", code="loading document failed")


def frame_article(graph: Graph, ctx: dict[str, Any]) -> dict[str, Any]:
    """One article's graph as one JSON-LD object: the graph record with the article and its
    entities embedded."""
    expanded = json.loads(graph.serialize(format="json-ld"))
    # Evidence hangs off the article by reverse links (a context names its source; a phrase, its
    # context), so the frame walks them backwards to keep it inside the article's object.
    frame = {"@context": ctx, "@type": "kg:ArticleGraph",
             "mainEntity": {"@reverse": {"nif:sourceUrl": {"@reverse": {"nif:referenceContext": {}}}}}}
    framed = jsonld.frame(expanded, frame, {"documentLoader": _offline_loader, "embed": "@once",
                                            "omitGraph": True})
    framed.pop("@context", None)
    return _recase_tags(framed, _language_maps(ctx))


def compact(expanded: list[Any], ctx: dict[str, Any]) -> dict[str, Any]:
    """Expanded JSON-LD compacted with the bundled context, given whole: nothing is fetched."""
    return jsonld.compact(expanded, {"@context": ctx}, {"documentLoader": _offline_loader})


def _language_maps(ctx: dict[str, Any]) -> frozenset[str]:
    return frozenset(term for term, d in ctx.items()
                     if isinstance(d, dict) and d.get("@container") == "@language")


def _recase_tags(node: Any, maps: frozenset[str]) -> Any:
    """Tags in @language values and in the keys of language maps, re-cased (bcp47_case)."""
    if isinstance(node, list):
        return [_recase_tags(n, maps) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@language" and isinstance(value, str):
            out[key] = bcp47_case(value)
        elif key in maps and isinstance(value, dict):
            out[key] = {(k if k.startswith("@") else bcp47_case(k)): v for k, v in value.items()}
        else:
            out[key] = _recase_tags(value, maps)
    return out


class _SortedTrig(TrigSerializer):
    """rdflib's TriG, with graphs in IRI order so that output does not depend on hashing."""

    def __init__(self, store: Graph) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda c: str(c.identifier))


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


def nquads_bytes(graph_iri: str, lines: Sequence[bytes]) -> bytes:
    """N-Triples lines put in a named graph: an N-Quads line is an N-Triples line with the graph
    name before the final " .". One bytes replace, not a Python step per line: " .\n" can only
    end a line, as N-Triples escapes line breaks inside literals."""
    data = b"".join(lines)
    if not data.count(b" .\n") == data.count(b"\n") == len(lines):
        bad = next(line for line in lines if not line.endswith(b" .\n") or line.count(b"\n") != 1)
        raise ValueError(f"not an N-Triples line: {bad!r}")
    return data.replace(b" .\n", b" <" + graph_iri.encode("utf-8") + b"> .\n")


def ntriples_lines(graph: Graph) -> list[bytes]:
    """The graph as N-Triples lines, sorted: rdflib's order follows hashing, which differs
    between runs."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return sorted(line for line in data.splitlines(keepends=True) if line.strip())


class GraphWriter:
    """Collects article graphs and writes them in one format.

    Call add() for each article graph in input order, then close() (or use as a context
    manager): the file appears whole at close, or not at all.
    """

    def __init__(self, path: Path, fmt: str, base: str) -> None:
        self.path, self.fmt, self.base = path, fmt, base
        self._file = atomic_file(path)
        self._fh = self._file.__enter__() if fmt == "nquads" else None
        self._union = Graph()
        self._dataset = Dataset()
        self._objects: list[dict[str, Any]] = []
        self._lines: set[bytes] = set()
        self._ctx = context() if fmt == "json-ld" else None
        self.triples = 0
        self._aborted = False

    @property
    def needs_graph(self) -> bool:
        """Whether add() must be given graphs; line formats also take add_lines()."""
        return self.fmt not in ("nquads", "nt")

    def add_lines(self, graph_iri: str, lines: Sequence[bytes]) -> None:
        """One article graph as sorted N-Triples lines (see ntriples_lines)."""
        if self.fmt == "nt":
            self._lines.update(lines)
            return
        if self.fmt != "nquads":
            raise ValueError(f"{self.fmt} output needs whole graphs, not lines")
        assert self._fh is not None
        try:
            self._fh.write(nquads_bytes(graph_iri, lines))
        except OSError as e:  # a full disk mid-build: name the user's path, not kg's .part file
            self.abort()
            raise OSError(e.errno, e.strerror, str(self.path)) from None
        self.triples += len(lines)

    def add(self, graph: Graph) -> None:
        if not self.needs_graph:
            self.add_lines(str(graph.identifier), ntriples_lines(graph))
            return
        if self.fmt == "trig":
            target = self._dataset.graph(graph.identifier)
            for t in graph:
                target.add(t)
            self.triples += len(graph)
            return
        if self.fmt == "json-ld":
            assert self._ctx is not None
            self._objects.append(frame_article(graph, self._ctx))
        for t in graph:
            self._union.add(t)

    def close(self) -> None:
        if self._aborted:
            return
        if self.fmt == "nquads":
            self._file.__exit__(None, None, None)
            return
        with self._file as fh:
            if self.fmt == "turtle":
                bind_prefixes(self._union, self.base)
                fh.write(self._union.serialize(format="turtle", encoding="utf-8"))
            elif self.fmt == "nt":
                fh.writelines(sorted(self._lines))
            elif self.fmt == "trig":
                bind_prefixes(self._dataset, self.base)
                _SortedTrig(self._dataset).serialize(fh, encoding="utf-8")
            elif self.fmt == "json-ld":
                doc = {"@context": self._ctx, "@graph": self._objects}
                fh.write(json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
        if self.fmt == "nt":
            self.triples = len(self._lines)
        elif self.fmt != "trig":
            self.triples = len(self._union)

    def abort(self) -> None:
        """Leave no file behind: the temporary one is removed, an older target stays."""
        if self._aborted:
            return
        self._aborted = True
        if self._fh is not None:  # only N-Quads has its file open before close()
            err = RuntimeError("aborted")
            self._file.__exit__(RuntimeError, err, None)

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
