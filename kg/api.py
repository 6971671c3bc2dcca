"""The library's front door: what the commands do, as a few typed functions.

    import kg
    ds = kg.build(["seeds/"])                  # an rdflib Dataset, one named graph per article
    for article in kg.read(["seeds/"]): ...    # typed Articles, no RDF
    kg.mentions("俄罗斯总统普京在莫斯科会见了杨洁篪。")
    kg.validate(graph).conforms
    kg.publish(ds, "site/")                    # a static linked-data site, replaced safely
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Union

from rdflib import Dataset, Graph

from kg.errors import InputError, KgError
from kg.iris import DEFAULT_BASE, check_base
from kg.limits import Limits
from kg.model import Article, Entity, EntityKind
from kg.namespaces import prefixes
from kg.pipeline import BuildOptions, Failure, extractor_for
from kg.pipeline import build as _build
from kg.query import load as load_graphs
from kg.reading.article import read_article
from kg.reading.dates import DEFAULT_SOURCE_TZ, parse_tz
from kg.reading.sources import Source, expand, read_source
from kg.shacl import Report, validate_graphs
from kg.shacl import validate as _validate
from kg.website.site import Published
from kg.website.staged import check_replaceable, publish_replacing

Input = Union[str, "os.PathLike[str]", IO[bytes], IO[str]]
FailureHook = Callable[[Failure], None]


class InputFailures(KgError):
    """Some inputs could not be built. Everything else was: `dataset` holds it (None from read),
    `failures` says which inputs failed and why."""

    def __init__(self, failures: Sequence[Failure], dataset: Dataset | None = None) -> None:
        lines = "; ".join(f"{f.source}: {f.reason}" for f in failures[:3])
        more = f" (and {len(failures) - 3} more)" if len(failures) > 3 else ""
        super().__init__(f"{len(failures)} input(s) failed: {lines}{more}")
        self.failures = tuple(failures)
        self.dataset = dataset


@dataclass(frozen=True, slots=True)
class TextMention:
    """A name found in text: character offsets (end exclusive), the words, and the entity."""

    start: int
    end: int
    text: str
    entity: Entity

    @property
    def kind(self) -> EntityKind:
        return self.entity.kind


def sources(inputs: Iterable[Input]) -> list[Source]:
    """Paths, globs and directories as the CLI reads them; file objects read as they are."""
    out: list[Source] = []
    for n, item in enumerate(inputs, 1):
        if isinstance(item, str | os.PathLike):
            out.extend(expand([os.fspath(item)]))
            continue
        data = item.read()
        name = str(getattr(item, "name", None) or f"<input {n}>")
        out.append(Source(name, None, data.encode("utf-8") if isinstance(data, str) else data))
    return out


def read(inputs: Iterable[Input], *, source_tz: str = DEFAULT_SOURCE_TZ,
         on_failure: FailureHook | None = None) -> Iterator[Article]:
    """The articles of the inputs, in input order. An input that is not an article is never
    yielded: it goes to `on_failure`, or, without one, raises InputFailures once all the
    articles have been yielded."""
    tz = parse_tz(source_tz)
    failures: list[Failure] = []

    def fail(f: Failure) -> None:
        on_failure(f) if on_failure else failures.append(f)

    for source in sources(inputs):
        for item in read_source(source):
            if isinstance(item, InputError):
                fail(Failure(item.source, item.reason))
                continue
            try:
                yield read_article(item, tz)
            except InputError as e:
                fail(Failure(e.source, e.reason))
    if failures:
        raise InputFailures(failures)


class _DatasetSink:
    """Article graphs into one Dataset, each as its own named graph."""

    needs_graph = True

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def add(self, graph: Graph) -> None:
        self.dataset.graph(graph.identifier).__iadd__(graph)

    def add_lines(self, graph_iri: str, lines: Sequence[bytes]) -> None:  # pragma: no cover (needs_graph)
        raise TypeError("the dataset takes whole graphs")


def build(inputs: Iterable[Input], *, base: str = DEFAULT_BASE, validate: bool = True, entities: bool = True,
          gazetteers: Sequence[str | os.PathLike[str]] = (), source_tz: str = DEFAULT_SOURCE_TZ,
          on_failure: FailureHook | None = None, limits: Limits | None = None) -> Dataset:
    """Build the inputs into a Dataset: one named graph per article, the project's prefixes bound.

    `limits` (kg.Limits) bounds what one article may cost; the defaults keep a 24 GB machine safe.
    Inputs that fail (not an article, unreadable, a duplicate URL) go to `on_failure`; without it,
    InputFailures is raised after the build, carrying the failures and the dataset of the rest.
    SHACL findings do not fail a build: run `validate` on the result to see them.
    """
    check_base(base)
    dataset = Dataset()
    for prefix, ns in prefixes(base).items():
        dataset.bind(prefix, ns, replace=True)
    options = BuildOptions(base=base, source_tz=source_tz, validate=validate, entities=entities,
                           gazetteers=tuple(os.fspath(g) for g in gazetteers), limits=limits or Limits())
    summary = _build((), [_DatasetSink(dataset)], options, sources=sources(inputs))
    for f in summary.failures:
        if on_failure:
            on_failure(f)
    if summary.failures and not on_failure:
        raise InputFailures(summary.failures, dataset)
    return dataset


def mentions(text: str, *, gazetteers: Sequence[str | os.PathLike[str]] = ()) -> list[TextMention]:
    """The people, places and organizations named in one text, in order of their offsets."""
    extractor = extractor_for(tuple(os.fspath(g) for g in gazetteers))
    found = extractor.extract([("text", text)])
    by_key = {e.key: e for e in found.entities}
    return [TextMention(m.start, m.end, m.text, by_key[m.key]) for m in found.mentions if m.key in by_key]


def publish(source: Dataset | Graph | Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
            base: str = DEFAULT_BASE, name: str = "kg", license_iri: str | None = None,
            sparql_endpoint: str | None = None, page_size: int = 100) -> Published:
    """Write a static linked-data site of a Dataset (as `build` returns it), a Graph, or graph files
    (N-Quads, TriG, Turtle…), as `kg publish` does: staged beside OUT_DIR and moved into place
    when complete; OUT_DIR is replaced only when it is new, empty, or a site kg published, and
    never when it holds one of the graph files (UsageError)."""
    base = check_base(base)  # a usage error before any work
    out = Path(out_dir)
    files = [] if isinstance(source, Graph) else [Path(p) for p in source]
    check_replaceable(out, files)
    if isinstance(source, Graph):
        with tempfile.TemporaryDirectory(prefix="kg-publish-") as tmp:
            # A Dataset keeps its article graphs (N-Quads); a Graph is one default graph (N-Triples).
            dump = Path(tmp) / ("graph.nq" if isinstance(source, Dataset) else "graph.nt")
            source.serialize(dump, format="nquads" if isinstance(source, Dataset) else "nt")
            store = load_graphs([dump])
    else:
        store = load_graphs(files)
    return publish_replacing(store, out, base, protected=files, name=name, page_size=page_size,
                             license_iri=license_iri, sparql_endpoint=sparql_endpoint)


def validate(graph: Graph) -> Report:
    """Validate a graph (or the union of a Dataset's graphs) against the shipped SHACL shapes."""
    if isinstance(graph, Dataset):
        return validate_graphs(graph.graphs())
    return _validate(graph)


__all__ = ["InputFailures", "TextMention", "build", "mentions", "publish", "read", "validate"]
