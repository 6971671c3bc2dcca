"""kg build: inputs to a graph file and the embedded store."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg import formats
from kg.cli import common
from kg.cli.common import EXIT_INVALID, EXIT_OK, GAZETTEER_OPTION, library_errors, main
from kg.iris import DEFAULT_BASE, check_base
from kg.limits import Limits
from kg.pipeline import ArticleReport, BuildOptions, BuildSummary, Sink, build
from kg.reading.dates import DEFAULT_SOURCE_TZ
from kg.reading.sources import expand
from kg.serialize import GraphWriter, check_writable, format_for
from kg.shards import Shard, build_shards
from kg.store import ArticleStore, default_store

DEFAULT_OUTPUT = "kg-out/graph.ttl"
_LIMITS = Limits()  # the defaults, shown in --help


@main.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True,
              help="Output file; its extension picks the format unless --format is given.")
@click.option("--format", "fmt", type=click.Choice(formats.names(), case_sensitive=False),
              help="Output format (default: from the output file's extension).")
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="Base IRI under which the graph's own IRIs are minted.")
@click.option("--source-tz", default=DEFAULT_SOURCE_TZ, show_default=True,
              help="Timezone of times written without one (pudate): an offset or IANA name.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation.")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              default=default_store, show_default="kg-out/store, or $KG_STORE",
              help="Embedded Oxigraph store to load the graph into (kept between runs).")
@click.option("--no-store", is_flag=True, help="Do not load the graph into the store.")
@click.option("--workers", type=click.IntRange(min=1),
              help="Worker processes (default: one per CPU).")
@click.option("--dask", "dask_address", metavar="SCHEDULER",
              help="Build on a Dask cluster (e.g. tcp://scheduler:8786): -o names a directory that gets one "
                   "N-Quads shard per --shard-size inputs; no store. Inputs must be files the workers see.")
@click.option("--shard-size", type=click.IntRange(min=1), default=250, show_default=True,
              help="Inputs per Dask task and shard.")
@click.option("--no-entities", is_flag=True,
              help="Skip extracting the people, places and organizations articles mention.")
@GAZETTEER_OPTION
@click.option("--max-item-chars", type=click.IntRange(min=1), default=_LIMITS.item_chars, show_default=True,
              help="Refuse an item whose HTML is longer (before parsing it).")
@click.option("--max-article-chars", type=click.IntRange(min=1), default=_LIMITS.article_chars, show_default=True,
              help="Read this much body text; cut the rest of the article, with a warning.")
@click.option("--max-mentions", type=click.IntRange(min=1), default=_LIMITS.mentions, show_default=True,
              help="Keep this many mentions (and their evidence) per article; drop the rest, with a warning.")
@click.option("--article-timeout", type=click.FloatRange(min=0), default=_LIMITS.seconds, show_default=True,
              help="Seconds one article may take (0: no limit); past it, that article fails.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems and the summary line.")
@library_errors
def build_cmd(inputs: tuple[str, ...], output: str, fmt: str | None, base: str, source_tz: str,
              store_path: Path, no_store: bool, no_validate: bool, workers: int | None,
              dask_address: str | None, shard_size: int,
              no_entities: bool, gazetteers: tuple[str, ...], max_item_chars: int, max_article_chars: int,
              max_mentions: int, article_timeout: float, quiet: bool) -> None:
    """Build a graph from articles: feed-item files, RSS/Atom feeds, directories (recursively),
    globs, or - for standard input. Formats are detected.

    \b
    Examples:
      kg build seeds/ -o kg-out/graph.ttl
      kg build 'feeds/**/*.xml' -o graph.nq --base https://data.example.com/
      cat item.txt | kg build - -o item.jsonld --no-store
      kg build feeds/ --store /data/kg-store
      kg build seeds/ --gazetteer my-names.tsv
      kg build /shared/feeds/ --dask tcp://scheduler:8786 -o /shared/shards/
    """
    base = check_base(base)  # a usage error before any work
    limits = Limits(item_chars=max_item_chars, article_chars=max_article_chars, mentions=max_mentions,
                    seconds=article_timeout)
    options = BuildOptions(base=base, source_tz=source_tz, validate=not no_validate, workers=workers,
                           entities=not no_entities, gazetteers=tuple(gazetteers), tune_gc=True, limits=limits)
    if dask_address:
        _build_on_dask(inputs, Path(output), dask_address, options, shard_size, quiet)
    target = Path(output)
    fmt_name = format_for(output, fmt)
    sources = expand(inputs)
    show_bar = common.err.is_terminal and not quiet and len(sources) > 1

    def report(a: ArticleReport) -> None:
        """Problems are printed as each article is written, not held until the end."""
        if not quiet:
            for w in a.warnings:
                common.err.print(f"[yellow]warning:[/] {escape(a.source)}: {escape(w)}")
        for f in a.violations:
            common.err.print(f"[red]invalid:[/] {escape(a.source)}: {escape(f.line())}")

    check_writable(target)  # before the store is opened or anything is built
    # The store is opened first: if another process holds it, nothing has been done yet.
    store = None if no_store else ArticleStore(store_path)
    with GraphWriter(target, fmt_name, base) as writer:
        sinks: list[Sink] = [writer] if store is None else [writer, store]
        try:
            if show_bar:
                with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                              TimeElapsedColumn(), console=common.err, transient=True) as bar:
                    task = bar.add_task("build", total=len(sources))
                    summary = build(inputs, sinks, options, sources=sources, on_article=report,
                                    on_source=lambda _s: bar.advance(task))
            else:
                summary = build(inputs, sinks, options, sources=sources, on_article=report)
            if not summary.built:
                writer.abort()  # a build that built nothing never replaces earlier output
        finally:
            if store is not None:
                store.close()  # whole batches already loaded stay loaded
    _report_build(summary, target if summary.built else None, fmt_name)
    if store is not None:
        common.out.print(f"store: {escape(str(store_path))} ({store.loaded} article graphs loaded "
                         "or replaced)")
    sys.exit(EXIT_OK if summary.ok else EXIT_INVALID)


def _build_on_dask(inputs: tuple[str, ...], out_dir: Path, address: str, options: BuildOptions,
                   shard_size: int, quiet: bool) -> None:
    if out_dir.suffix.lower() in {s for f in formats.RDF_FORMATS.values() for s in f.suffixes}:
        raise click.UsageError(f"with --dask, -o names a directory for the shards, not a file ({out_dir})")

    def progress(shard: Shard) -> None:
        if not quiet:
            common.err.print(f"shard {escape(shard.path)}: {shard.built} built, {len(shard.failures)} failed")

    result = build_shards(inputs, out_dir, address, options, shard_size=shard_size, on_shard=progress)
    for fail in result.failures:
        common.err.print(f"  {escape(fail.source)}: {escape(fail.reason)}")
    common.out.print(f"wrote {len(result.shards)} N-Quads shard(s) to {escape(str(out_dir))}")
    common.out.print(f"articles: {result.built} built, {len(result.failures)} failed, "
                     f"{result.invalid} with SHACL violations")
    common.out.print(f"quads: {result.triples}; load them with: kg store load {escape(str(out_dir))}/*.nq")
    sys.exit(EXIT_OK if result.ok else EXIT_INVALID)


def _report_build(summary: BuildSummary, target: Path | None, fmt: str) -> None:
    if summary.failures:
        common.err.print(f"[red]{len(summary.failures)} input(s) failed:[/]")
        for fail in summary.failures:
            common.err.print(f"  {escape(fail.source)}: {escape(fail.reason)}")
    entities = ", ".join(f"{n} {k}" for k, n in sorted(summary.entities.items()))
    if target is None:
        common.out.print("nothing built: no file written (an earlier one is left as it was)")
    else:
        common.out.print(f"wrote {escape(str(target))} ({fmt})")
    common.out.print(f"articles: {summary.built} built, {len(summary.failures)} failed, "
                     f"{summary.invalid} with SHACL violations, {summary.shacl_warnings} SHACL warnings")
    # Files stream, so nothing holds the union to count it: a node that several articles describe
    # (a person, the publisher) is written, and counted, once in each of them.
    common.out.print(f"statements: {summary.triples} (a triple counts once in each article that holds it)")
    common.out.print(f"entities: {entities or 'none'}")


