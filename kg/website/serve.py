"""kg serve: the published site and a read-only SPARQL 1.1 Protocol endpoint on localhost.

The site is published from the store into a scratch directory at start (so it is the site
`kg publish` writes), then served with content negotiation: one IRI path answers text/turtle
with the Turtle, application/ld+json with the JSON-LD, anything else with the page. /sparql takes
queries only (no update), refuses SERVICE (it would fetch what a query names), stops a query after
the time limit, caps its rows, and runs a few at once (each in a child process of its own): a
query beyond those waits a second for a slot, then is told to come back (503, Retry-After).
"""

from __future__ import annotations

import mimetypes
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import mimeparse
import pyoxigraph as ox

from kg.errors import KgError
from kg.formats import RDF_FORMATS
from kg.query import DEFAULT_MAX_MEMORY_MB, QueryTimeout, QueryTooLarge, refuse_service, run_limited, serialize

TYPES = {".html": "text/html; charset=utf-8", ".ttl": "text/turtle; charset=utf-8",
         ".jsonld": "application/ld+json", ".json": "application/json", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".xml": "application/xml", ".gz": "application/gzip"}
RESULTS = (("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
           ("text/csv", "csv"), ("text/tab-separated-values", "tsv"))
GRAPHS = tuple((RDF_FORMATS[n].media_type, n) for n in ("turtle", "nt", "nquads", "trig"))
MAX_QUERY = 100_000  # bytes of query text
SLOT_WAIT = 1.0  # seconds a query waits for a free slot before a 503
SOCKET_TIMEOUT = 30.0  # seconds a client may take to send a request or read an answer
VARIANTS = (("text/html", ".html"), ("text/turtle", ".ttl"), ("application/ld+json", ".jsonld"))


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the Accept header prefers (q-values, then specificity, as python-mimeparse reads
    them), ties going to the earlier offer; no header takes the first; None if every offer has q=0."""
    if not (accept or "").strip():
        return offers[0] if offers else None
    try:
        scored = [(mimeparse.quality(offer, accept), -i, offer) for i, offer in enumerate(offers)]
    except (ValueError, IndexError):  # an Accept header mimeparse cannot read: as if none were given
        return offers[0] if offers else None
    best = max(scored, default=None)
    return best[2] if best and best[0] > 0 else None


def make_handler(root: Path, open_store: Callable[[], ox.Store], timeout: float, max_rows: int,
                 max_queries: int, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
                 client_timeout: float = SOCKET_TIMEOUT) -> type:
    slots = threading.BoundedSemaphore(max_queries)  # each running query is a process and its memory

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg"
        timeout = client_timeout  # a client that stops sending mid-request lets go of its thread

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: a local tool, not an access log

        def _foreign_host(self) -> bool:
            """A request for another host name (DNS rebinding, a page elsewhere): refused."""
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
            return host not in ("localhost", "127.0.0.1", "::1", self.server.server_address[0])

        head = False  # a HEAD request: headers as for GET, no body

        def do_HEAD(self) -> None:
            self.head = True
            try:
                self.do_GET()
            finally:  # a kept-alive connection's next request is its own
                self.head = False

        def do_OPTIONS(self) -> None:
            if self._foreign_host():
                return self._send(HTTPStatus.FORBIDDEN, b"forbidden host\n", "text/plain")
            allow = "GET, HEAD, POST, OPTIONS" if urlsplit(self.path).path == "/sparql" else "GET, HEAD, OPTIONS"
            self.send_response(HTTPStatus.NO_CONTENT)
            self.send_header("Allow", allow)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            if self._foreign_host():
                return self._send(HTTPStatus.FORBIDDEN, b"forbidden host\n", "text/plain")
            url = urlsplit(self.path)
            if url.path == "/sparql":
                self._sparql(parse_qs(url.query).get("query", [""])[0])
            else:
                self._file(unquote(url.path))

        def do_POST(self) -> None:
            if self._foreign_host():
                return self._send(HTTPStatus.FORBIDDEN, b"forbidden host\n", "text/plain")
            if urlsplit(self.path).path != "/sparql":
                return self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"read-only\n", "text/plain")
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                return self._send(HTTPStatus.BAD_REQUEST, b"bad Content-Length\n", "text/plain")
            if length > MAX_QUERY:
                return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"query too long\n", "text/plain")
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if ctype == "application/sparql-query":
                return self._sparql(body)
            form = parse_qs(body)
            if "update" in form or ctype == "application/sparql-update":
                return self._send(HTTPStatus.BAD_REQUEST, b"read-only: no SPARQL update here\n", "text/plain")
            self._sparql(form.get("query", [""])[0])

        def _sparql(self, query: str) -> None:
            if not query.strip():
                return self._send(HTTPStatus.BAD_REQUEST, b"no query\n", "text/plain")
            if not slots.acquire(timeout=SLOT_WAIT):
                return self._send(HTTPStatus.SERVICE_UNAVAILABLE,
                                  f"{max_queries} queries are running; try again\n".encode(), "text/plain",
                                  {"Retry-After": "1"})
            try:
                refuse_service(query)
                answer = run_limited(open_store, query, timeout=timeout, max_rows=max_rows,
                                     max_memory_mb=max_memory_mb)
            except (QueryTimeout, QueryTooLarge) as e:
                return self._send(HTTPStatus.SERVICE_UNAVAILABLE, f"{e}\n".encode(), "text/plain")
            except KgError as e:  # a bad query, an update, SERVICE: the parser's message
                return self._send(HTTPStatus.BAD_REQUEST, f"{e}\n".encode(), "text/plain")
            finally:
                slots.release()
            choices = dict(GRAPHS if answer.kind == "graph" else RESULTS)
            media = negotiate(self.headers.get("Accept"), list(choices))
            if media is None:
                return self._not_acceptable(list(choices))
            fmt = choices[media]
            headers = {"X-Kg-Truncated": "true"} if answer.truncated else {}
            self._send(HTTPStatus.OK, serialize(answer, fmt), media, headers)

        def _file(self, path: str) -> None:
            try:
                self._serve_file(path)
            except OSError:  # a name too long for the file system, and the like: no such page
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")

        def _serve_file(self, path: str) -> None:
            if "\x00" in path:
                return self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
            target = (root / path.lstrip("/")).resolve()
            if not target.is_relative_to(root):
                return self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():  # a resource's IRI: the variant the client prefers
                variants = {media: target.with_name(target.name + ext) for media, ext in VARIANTS
                            if target.with_name(target.name + ext).is_file()}
                if not variants:
                    return self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain")
                media = negotiate(self.headers.get("Accept"), list(variants))
                if media is None:
                    return self._not_acceptable(list(variants))
                target = variants[media]
            media = TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            self._send(HTTPStatus.OK, target.read_bytes(), media, {"Vary": "Accept"})

        def _not_acceptable(self, offers: list[str]) -> None:
            self._send(HTTPStatus.NOT_ACCEPTABLE, ("available: " + ", ".join(offers) + "\n").encode(),
                       "text/plain", {"Vary": "Accept"})

        def _send(self, status: HTTPStatus, body: bytes, media: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if not self.head:
                self.wfile.write(body)

    return Handler


def server(root: Path, open_store: Callable[[], ox.Store], host: str, port: int, timeout: float,
           max_rows: int, max_queries: int = 2, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
           client_timeout: float = SOCKET_TIMEOUT) -> ThreadingHTTPServer:
    handler = make_handler(root.resolve(), open_store, timeout, max_rows, max_queries, max_memory_mb, client_timeout)
    return _Server((host, port), handler)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stuck client never keeps the server from stopping

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up or timed out is no error to print a traceback for."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)
