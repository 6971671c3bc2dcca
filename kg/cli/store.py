"""kg store (stats, load, export, drop, repair) and kg push: the embedded store, and servers beyond it."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import formats, remote
from kg.cli import common
from kg.cli.common import EXIT_ERROR, EXIT_INVALID, EXIT_OK, library_errors, main
from kg.nquads import load_file
from kg.store import default_store, drop, export, open_store, pending, stats

STORE_OPTION = click.option(
    "--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=default_store,
    show_default="kg-out/store, or $KG_STORE", help="The embedded store.")


@main.group("store")
def store_group() -> None:
    """Look after the embedded store that kg build fills.

    \b
    Example:
      kg store stats
    """


@store_group.command("stats")
@STORE_OPTION
@library_errors
def stats_cmd(store_path: Path) -> None:
    """Print the store's graphs, triples and entities by type.

    \b
    Example:
      kg store stats --store kg-out/store
    """
    store = open_store(store_path, read_only=True)
    common.note_pending(store)
    s = stats(store)
    common.out.print(f"store: {escape(str(store_path))}")
    common.out.print(f"article graphs: {s.graphs}")
    common.out.print(f"triples: {s.triples} distinct ({s.quads} over all article graphs)")
    table = Table("type", "entities")
    for type_iri, n in s.entities:
        table.add_row(escape(type_iri), str(n))
    common.out.print(table)


@store_group.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@STORE_OPTION
@library_errors
def load_cmd(files: tuple[Path, ...], store_path: Path) -> None:
    """Load N-Quads or TriG files of article graphs (as kg build, kg build --dask or kg store
    export write them) into the store, each graph replacing its earlier version, without building
    again. A directory stands for the .nq and .trig files in it.

    \b
    Examples:
      kg store load kg-out/graph.nq --store kg-out/store
      kg store load shards/ --store kg-out/store
      kg store load all.trig --store new-store
    """
    paths = [p for f in files for p in (_graph_files(f) if f.is_dir() else [f])]
    if not paths:
        raise click.UsageError(f"no .nq or .trig files in {', '.join(map(str, files))}")
    store = open_store(store_path)
    total = sum(p.stat().st_size for p in paths)
    n = done = 0
    with Progress(TextColumn("loading"), BarColumn(), DownloadColumn(), TimeElapsedColumn(), console=common.err,
                  transient=True, disable=not common.err.is_terminal) as bar:
        task = bar.add_task("load", total=total)
        for path in paths:  # one after another: each load already keeps Oxigraph's loader threads busy
            n += load_file(store, path, on_batch=lambda read, before=done: bar.update(task, completed=before + read))
            done += path.stat().st_size
    common.out.print(f"store: {escape(str(store_path))} ({n} article graphs loaded or replaced"
                     + (f" from {len(paths)} files)" if len(paths) > 1 else ")"))


def _graph_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".nq", ".trig") and p.is_file())


@store_group.command("export")
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(formats.names(), case_sensitive=False), default="nq",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@library_errors
def export_cmd(store_path: Path, fmt: str, output: Path) -> None:
    """Write the whole store out. nq and trig keep one graph per article; ttl and jsonld hold
    their union.

    \b
    Example:
      kg store export --format trig -o all.trig
    """
    store = open_store(store_path, read_only=True)
    common.note_pending(store)
    n = export(store, output, fmt)
    common.out.print(f"wrote {escape(str(output))} ({n} {'quads' if formats.rdf_format(fmt).graphs else 'triples'})")


@store_group.command("drop")
@click.argument("article_url")
@STORE_OPTION
@library_errors
def drop_cmd(article_url: str, store_path: Path) -> None:
    """Remove one article, and what only it held, from the store.

    \b
    Example:
      kg store drop https://cn.nytimes.com/china/20220616/putin-xi-china-russia/
    """
    if not drop(open_store(store_path, create=False), article_url):
        common.err.print(f"[red]error:[/] no article with URL {escape(article_url)} in {escape(str(store_path))}")
        sys.exit(EXIT_INVALID)
    common.out.print(f"dropped {escape(article_url)}")


@store_group.command("repair")
@STORE_OPTION
@library_errors
def repair_cmd(store_path: Path) -> None:
    """Finish an interrupted load: drop the graphs it left half-written (a rerun of the build
    adds them again). Opening the store for writing does the same.

    \b
    Example:
      kg store repair --store kg-out/store
    """
    pending_before = pending(open_store(store_path, read_only=True))
    open_store(store_path, create=False)  # opening for writing repairs
    common.out.print(f"{len(pending_before)} half-written graph(s) dropped" if pending_before
                     else "nothing to repair")


@main.command("push")
@click.option("--endpoint", help="Graph Store HTTP Protocol endpoint (e.g. http://host:7878/store).")
@click.option("--update-endpoint", help="SPARQL 1.1 Update endpoint (e.g. http://host:7878/update).")
@click.option("--query-endpoint", help="The server's query endpoint: asked which graphs it holds, so that "
              "what it lost is sent again (default: found beside the push endpoint, if it answers).")
@click.option("--server-union", is_flag=True,
              help="The server's default graph is the union of its named graphs (Virtuoso; Oxigraph with "
                   "--union-default-graph): updates write the article graphs only.")
@STORE_OPTION
@click.option("--ledger", type=click.Path(dir_okay=False, path_type=Path), default=remote.DEFAULT_LEDGER,
              show_default=True, help="Where kg records what each endpoint accepted.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds to wait for each request.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries of a request that failed transiently (backoff doubles from 0.5 s).")
@library_errors
def push_cmd(endpoint: str | None, update_endpoint: str | None, query_endpoint: str | None,
             server_union: bool, store_path: Path, ledger: Path, timeout: float, retries: int) -> None:
    """Send the store's article graphs to a SPARQL server, each replacing its earlier version.
    A rerun sends only what is missing or changed. Credentials come from KG_SPARQL_USER and
    KG_SPARQL_PASSWORD, or from ~/.netrc.

    \b
    Examples:
      kg push --endpoint http://localhost:7878/store
      kg push --update-endpoint http://localhost:3030/news/update
      kg push --endpoint http://localhost:7878/store --query-endpoint http://localhost:7878/query
      kg push --update-endpoint http://localhost:8890/sparql-auth --server-union   # Virtuoso
    """
    target = endpoint or update_endpoint or ""
    graphs = remote.store_graphs(open_store(store_path, read_only=True))
    report = remote.push(graphs, remote.Ledger(ledger, target), gsp=endpoint, update=update_endpoint,
                         query_endpoint=query_endpoint, http=remote.Http(timeout=timeout, retries=retries),
                         server_union=server_union)
    common.out.print(f"pushed {len(report.sent)} article graph(s) to {escape(target)}; "
                     f"{report.unchanged} unchanged; {len(report.failed)} failed")
    for warning in report.warnings:
        common.err.print(f"[yellow]warning:[/] {escape(warning)}")
    for graph, reason in report.failed:
        common.err.print(f"[red]not loaded:[/] {escape(graph)}: {escape(reason)}")
    sys.exit(EXIT_ERROR if report.failed else EXIT_OK)
