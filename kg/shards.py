"""A build spread over a Dask cluster: input files in, one N-Quads shard per unit of work out.

Each task reads, maps and validates a run of sources (kg.pipeline.build_sources) on a Dask worker
and writes its shard where the workers and the caller both see it (a shared or network disk). No
coordination is needed for identity: an entity's IRI depends only on its key (kg.iris), so two
shards that mention Xi Jinping name the same node. The one thing shards cannot settle alone is a
URL given twice in different shards: the caller drops the later article from its shard, as the
local build keeps the first, so the shards together hold the local build's quads.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import UsageError
from kg.pipeline import BuildOptions, Built, Failure, build_sources, duplicate
from kg.reading.sources import Source, expand
from kg.serialize import GraphWriter, atomic_file

if TYPE_CHECKING:  # dask is an optional dependency: kg[dask]
    from distributed import Client


@dataclass(frozen=True, slots=True)
class Shard:
    """What one task built: its file, counts, failures, and each article's (URL key, source,
    graph IRI, has SHACL violations), for the duplicates across shards."""

    path: str
    built: int
    invalid: int
    triples: int
    failures: tuple[Failure, ...]
    articles: tuple[tuple[str, str, str, bool], ...]


@dataclass
class ShardedBuild:
    """The whole build: the shards in input order, and what failed (duplicates across shards
    included)."""

    shards: list[Shard] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    built: int = 0
    invalid: int = 0
    triples: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.invalid


def build_shard(sources: list[Source], path: str, options: BuildOptions) -> Shard:
    """One unit of work, on a worker: build the sources and write their N-Quads shard."""
    outcomes = build_sources(sources, options)
    built = [o for o in outcomes if isinstance(o, Built)]
    with GraphWriter(Path(path), "nquads", options.base) as writer:
        for b in built:
            writer.add_lines(b.report.graph, b.lines)
    return Shard(path=path, built=len(built), invalid=sum(bool(b.report.violations) for b in built),
                 triples=writer.triples, failures=tuple(o for o in outcomes if isinstance(o, Failure)),
                 articles=tuple((b.key, b.report.source, b.report.graph, bool(b.report.violations)) for b in built))


def build_shards(inputs: Iterable[str], out_dir: str | os.PathLike[str], client: Client | str,
                 options: BuildOptions | None = None, shard_size: int = 250,
                 on_shard: Callable[[Shard], None] | None = None) -> ShardedBuild:
    """Build the inputs on a Dask cluster into `out_dir/part-00000.nq`, … (`shard_size` sources
    each). `client` is a distributed.Client or a scheduler address ("tcp://host:8786"). Paths
    are resolved here and must mean the same files on the workers. Loading the shards into a
    store (`kg store load DIR/*.nq`) gives the local build's graph."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("a Dask build needs dask.distributed: pip install 'kg[dask]'") from None
    options = options or BuildOptions()
    sources = [_absolute(s) for s in expand(inputs)]
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    chunks = [sources[i:i + shard_size] for i in range(0, len(sources), shard_size)]
    paths = [str(out / f"part-{i:05d}.nq") for i in range(len(chunks))]
    own = isinstance(client, str)
    dask = Client(client) if isinstance(client, str) else client
    try:
        futures = dask.map(build_shard, chunks, paths, options=options, pure=False)
        done: dict[str, Shard] = {}
        for _future, shard in as_completed(futures, with_results=True):
            done[shard.path] = shard
            if on_shard:
                on_shard(shard)
    finally:
        if own:
            dask.close()
    return _settle([done[p] for p in paths])


def _absolute(source: Source) -> Source:
    if source.path is None:
        raise UsageError(f"{source.name}: a Dask build reads files the workers can open; not standard input")
    return Source(source.name, source.path.resolve())  # the name as given: the graph records it


def _settle(shards: list[Shard]) -> ShardedBuild:
    """Sum the shards, keeping the first article of each URL and dropping later ones from their
    shard files, as the local build does."""
    result = ShardedBuild(shards=shards)
    first: dict[str, str] = {}
    for shard in shards:
        result.failures.extend(shard.failures)
        drop = []
        for key, source, graph, invalid in shard.articles:
            if key in first:
                result.failures.append(duplicate(source, first[key]))
                drop.append(graph)
                result.invalid -= invalid
            else:
                first[key] = source
        result.built += shard.built - len(drop)
        result.invalid += shard.invalid
        result.triples += shard.triples - (_drop_graphs(Path(shard.path), drop) if drop else 0)
    return result


def _drop_graphs(path: Path, graphs: list[str]) -> int:
    """Remove these graphs' quads from a shard (kg writes each quad on one line, ending in its
    graph's name); returns how many were removed."""
    ends = tuple(b" <" + g.encode("utf-8") + b"> .\n" for g in graphs)
    removed = 0
    with path.open("rb") as src, atomic_file(path) as dst:
        for line in src:
            if line.endswith(ends):
                removed += 1
            else:
                dst.write(line)
    return removed
