"""kg publish: the graph as a static linked-data site."""

from __future__ import annotations

import errno
import tempfile
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import click
from rich.markup import escape

from kg.cli import common
from kg.cli.common import library_errors, main
from kg.errors import UsageError
from kg.iris import DEFAULT_BASE, check_base
from kg.query import DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, load
from kg.store import default_store, open_store
from kg.website.serve import SOCKET_TIMEOUT, server
from kg.website.site import publish
from kg.website.staged import check_replaceable, publish_replacing


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
    base = check_base(base)  # a usage error before any work
    out_dir = out_dir.absolute()
    protected = [store_path] if not graphs else list(graphs)
    check_replaceable(out_dir, protected)  # before the store is opened or anything is read
    store = load(graphs) if graphs else open_store(store_path, read_only=True)
    report = publish_replacing(store, out_dir, base, protected=protected, name=name, page_size=page_size,
                               license_iri=license_iri, sparql_endpoint=sparql_endpoint)
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.by_kind.items()))
    common.out.print(f"wrote {escape(str(out_dir))}: {report.pages} pages, {report.files} files, "
                     f"{report.bytes / 2**20:.1f} MB ({kinds}); largest page {report.largest_page[0] / 1024:.0f} KB "
                     f"({escape(report.largest_page[1])})")


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
@click.option("--max-memory", type=click.IntRange(min=16), default=DEFAULT_MAX_MEMORY_MB, show_default=True,
              help="MB a query may allocate before it is stopped.")
@click.option("--client-timeout", type=click.FloatRange(min=0.1), default=SOCKET_TIMEOUT, show_default=True,
              help="Seconds a client may take to send its request or read the answer.")
@library_errors
def serve_cmd(store_path: Path, base: str, host: str, port: int, timeout: float, limit: int,
              max_queries: int, max_memory: int, client_timeout: float) -> None:
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
    _check_port(host, port)  # before the site is published, which takes a while
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as tmp:
        publish(store, Path(tmp), base)
        del store  # queries open the store themselves, in a child process each
        try:  # listening only now: a client that finds the port open finds the site there
            httpd = server(Path(tmp), lambda: open_store(store_path, read_only=True), host, port, timeout, limit,
                           max_queries, max_memory, client_timeout)
        except OSError as e:
            raise _listen_error(host, port, e) from None
        common.out.print(f"serving {escape(str(store_path))} at http://{host}:{httpd.server_address[1]}/ "
                         "(SPARQL at /sparql); Ctrl-C stops", highlight=False)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.server_close()


def _check_port(host: str, port: int) -> None:
    """A usage error now if the port is taken, rather than after publishing."""
    try:
        probe = HTTPServer((host, port), BaseHTTPRequestHandler)  # as the server binds (SO_REUSEADDR)
    except OSError as e:
        raise _listen_error(host, port, e) from None
    probe.server_close()


def _listen_error(host: str, port: int, e: OSError) -> UsageError:
    if e.errno == errno.EADDRINUSE:
        return UsageError(f"port {port} on {host} is in use (another kg serve, or another server): "
                          "choose another with --port, or --port 0 for any free one")
    return UsageError(f"cannot listen on {host}:{port}: {e.strerror or e}")
