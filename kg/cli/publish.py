"""kg publish: the graph as a static linked-data site."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click
from rich.markup import escape

from kg.cli import common
from kg.cli.common import library_errors, main
from kg.errors import UsageError
from kg.iris import DEFAULT_BASE
from kg.publish.serve import server
from kg.publish.site import MARKER, publish
from kg.query import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, load
from kg.store import default_store, open_store


@main.command("publish")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("graphs", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=default_store,
              show_default="kg-out/store, or $KG_STORE", help="The store to publish when no graph files are given.")
@click.option("--base", default=DEFAULT_BASE, show_default=True,
              help="The base IRI the graph was built under, and the site will be served at.")
@click.option("--name", default="kg", show_default=True, help="The site's name, in titles.")
@click.option("--license", "license_iri", help="The data's licence (an IRI), for the VoID description.")
@click.option("--sparql-endpoint", help="A public SPARQL endpoint for the data, for the VoID description.")
@click.option("--page-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Entries on each index page.")
@library_errors
def publish_cmd(out_dir: Path, graphs: tuple[Path, ...], store_path: Path, base: str, name: str,
                license_iri: str | None, sparql_endpoint: str | None, page_size: int) -> None:
    """Write a static site of the graph: for every article, event, person, place, organization and
    image under the base IRI, an HTML page (its JSON-LD embedded), a Turtle file and a JSON-LD file;
    index pages with counts, an offline search, VoID, dumps and a sitemap. OUT_DIR is replaced whole
    when the site is complete.

    \b
    Examples:
      kg publish site/                              # from the embedded store
      kg publish site/ kg-out/graph.nq --license https://creativecommons.org/licenses/by/4.0/
    """
    out_dir = out_dir.absolute()
    _check_replaceable(out_dir, store_path if not graphs else None, graphs)
    store = load(graphs) if graphs else open_store(store_path, read_only=True)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        report = publish(store, staging, base, name=name, page_size=page_size, license_iri=license_iri,
                         sparql_endpoint=sparql_endpoint)
        staging.chmod(0o755)
        if out_dir.exists():  # a site kg published before (checked): moved aside, then removed
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
            out_dir.rename(old / "site")
            staging.rename(out_dir)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items()))
    common.out.print(f"wrote {escape(str(out_dir))}: {report.pages} pages, {report.files} files, "
                     f"{report.bytes / 2**20:.1f} MB ({kinds}); largest page {report.largest_page[0] / 1024:.0f} KB "
                     f"({escape(report.largest_page[1])})")


def _check_replaceable(out_dir: Path, store_path: Path | None, graphs: tuple[Path, ...]) -> None:
    """OUT_DIR is replaced whole: only if it is new, empty, or a site kg published (its marker
    file), and never if the store or an input lies inside it."""
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise UsageError(f"{out_dir} is not a directory kg can replace (a file or a link); choose another")
    inside = [p for p in ([store_path] if store_path else []) + list(graphs)
              if p.absolute().is_relative_to(out_dir)]
    if inside:
        raise UsageError(f"{out_dir} holds {inside[0]}; publishing there would delete it: choose another OUT_DIR")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise UsageError(f"{out_dir} is not empty and is not a site kg published; choose a new or empty "
                         "directory (kg replaces OUT_DIR whole)")


@main.command("serve")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path), default=default_store,
              show_default="kg-out/store, or $KG_STORE", help="The store to serve.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="The base IRI the graph was built under.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds before a SPARQL query is stopped.")
@click.option("--limit", type=click.IntRange(min=1), default=DEFAULT_MAX_ROWS, show_default=True,
              help="Rows (or triples) a SPARQL answer holds at most.")
@click.option("--max-queries", type=click.IntRange(min=1), default=2, show_default=True,
              help="SPARQL queries running at once (each is a process); more wait a second, then get 503.")
@library_errors
def serve_cmd(store_path: Path, base: str, host: str, port: int, timeout: float, limit: int,
              max_queries: int) -> None:
    """Serve the store on localhost: the site kg publish writes, with content negotiation
    (text/html, text/turtle, application/ld+json at one IRI), and a read-only SPARQL 1.1
    Protocol endpoint at /sparql (no update, no SERVICE, a time limit and a row cap).

    \b
    Examples:
      kg serve                                   # http://127.0.0.1:8000/
      kg serve --store /data/kg-store --port 8080 --timeout 10
      curl -H 'Accept: text/turtle' http://127.0.0.1:8000/person/xi-jinping
    """
    store = open_store(store_path, read_only=True)
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        publish(store, Path(tmp), base)
        del store  # queries open the store themselves, in a child process each
        httpd = server(Path(tmp), lambda: open_store(store_path, read_only=True), host, port, timeout, limit,
                       max_queries)
        common.out.print(f"serving {escape(str(store_path))} at http://{host}:{httpd.server_address[1]}/ "
                         "(SPARQL at /sparql); Ctrl-C stops", highlight=False)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.server_close()
