"""Remote SPARQL servers: query an endpoint, push article graphs.

Push speaks either the Graph Store HTTP Protocol (PUT one named graph per article: replaced,
never appended twice) or SPARQL 1.1 Update (the same replacement as the embedded store, with the
default graph kept as the distinct union). Transient failures (connection refused, timeouts,
408/429/5xx) are retried with exponential backoff. A ledger records what each endpoint holds, by
content hash, written only after the server said yes: a rerun sends only what is missing or
changed, and nothing is recorded as loaded that was not.
"""

from __future__ import annotations

import hashlib
import http.client as http_client
import json
import netrc
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg import sparql
from kg.errors import KgError, UsageError
from kg.query import Answer, answer_from, query_form
from kg.serialize import atomic_file
from kg.store import article_graphs, removal_update

DEFAULT_LEDGER = Path("kg-out/push-ledger.json")
USER_ENV, PASSWORD_ENV = "KG_SPARQL_USER", "KG_SPARQL_PASSWORD"
_TRANSIENT_STATUS = frozenset({408, 429, 500, 502, 503, 504})
T = TypeVar("T")


class RemoteError(KgError):
    """A server refused, or could not be reached after the retries."""


@dataclass(frozen=True, slots=True)
class Http:
    """How to talk to a server: credentials, patience, retries."""

    timeout: float = 30.0
    retries: int = 4
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    sleep: Callable[[float], None] = time.sleep

    def request(self, url: str, *, data: bytes | None = None, method: str = "GET",
                headers: dict[str, str] | None = None,
                consume: Callable[[http_client.HTTPResponse], T] | None = None) -> bytes | T:
        """The answer's body for a 2xx answer, or what `consume` makes of the open answer (read
        as it arrives). Redirects are not followed: a POST turned into a GET would count as
        loaded what never was, and credentials would go to another host."""
        headers = headers or {}
        opener = _opener(url)
        last = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=data, method=method, headers=headers)
            try:
                with opener.open(req, timeout=self.timeout) as response:
                    return consume(response) if consume else response.read()
            except urllib.error.HTTPError as e:
                if 300 <= e.code < 400:
                    raise RemoteError(f"{url}: HTTP {e.code}, redirected to {e.headers.get('Location')}; "
                                      "give that URL instead") from None
                detail = e.read()[:300].decode("utf-8", "replace").strip()
                last = f"HTTP {e.code} {e.reason}" + (f": {detail}" if detail else "")
                if e.code not in _TRANSIENT_STATUS:
                    raise RemoteError(f"{url}: {last}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http_client.HTTPException) as e:
                last = str(getattr(e, "reason", e)) or type(e).__name__
        raise RemoteError(f"{url}: {last} (after {self.retries + 1} attempts)")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # the 3xx then surfaces as an HTTPError, handled in Http.request


_OPENER = urllib.request.build_opener(_NoRedirect)


def _credentials(url: str) -> tuple[str, str] | None:
    """(user, password) from KG_SPARQL_USER/KG_SPARQL_PASSWORD, else from netrc for the host;
    never from the command line, where other users could read them."""
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not user:
        host = urllib.parse.urlsplit(url).hostname or ""
        try:
            found = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
        except (FileNotFoundError, netrc.NetrcParseError):
            found = None
        if found:
            user, _account, password = found
    return (user, password or "") if user else None


def _opener(url: str) -> urllib.request.OpenerDirector:
    """An opener that answers the server's challenge, Basic or Digest (Virtuoso's -auth
    endpoints ask for Digest and refuse an unasked-for Basic header). After one Basic success,
    Basic credentials go with every request to that server without waiting to be asked."""
    creds = _credentials(url)
    if creds is None:
        return _OPENER
    parts = urllib.parse.urlsplit(url)
    return _authenticating_opener(f"{parts.scheme}://{parts.netloc}/", *creds)


@lru_cache(maxsize=16)
def _authenticating_opener(origin: str, user: str, password: str) -> urllib.request.OpenerDirector:
    passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
    passwords.add_password(None, origin, user, password)
    return urllib.request.build_opener(_NoRedirect, urllib.request.HTTPBasicAuthHandler(passwords),
                                       urllib.request.HTTPDigestAuthHandler(passwords))


# --- query -----------------------------------------------------------------------------------

def query(endpoint: str, sparql: str, *, timeout: float, max_rows: int,
          http: Http | None = None) -> Answer:
    """Ask a SPARQL 1.1 Protocol endpoint; the answer is capped like a local one."""
    http = http or Http(timeout=timeout, retries=0)
    body = urllib.parse.urlencode({"query": sparql}).encode()

    def read(response: http_client.HTTPResponse) -> Answer:
        """Parse the answer as it streams in, and stop reading at the cap."""
        kind = response.headers.get_content_type()
        try:
            if kind == "application/sparql-results+json":
                return answer_from(ox.parse_query_results(input=response, format=ox.QueryResultsFormat.JSON),
                                   max_rows)
            if kind in ("application/n-triples", "text/plain"):
                return answer_from((q.triple for q in ox.parse(input=response, format=ox.RdfFormat.N_TRIPLES)),
                                   max_rows)
        except SyntaxError as e:
            raise RemoteError(f"{endpoint}: the answer is not valid {kind} ({e})") from None
        raise RemoteError(f"{endpoint}: the answer is {kind}, neither SPARQL JSON results nor N-Triples")

    # Ask for what the query form gives: Virtuoso answers a CONSTRUCT asked for with SPARQL JSON
    # results first in JSON of its own ("lang" keys), and a SELECT asked for with N-Triples first
    # in something that is not N-Triples.
    graph = query_form(sparql) in ("CONSTRUCT", "DESCRIBE")
    accept = "application/n-triples" if graph else "application/sparql-results+json"
    return http.request(endpoint, data=body, method="POST", consume=read, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})


# --- push ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ArticleGraph:
    iri: str
    ntriples: bytes  # sorted N-Triples lines

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.ntriples).hexdigest()


@dataclass
class PushReport:
    sent: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (graph, reason)
    warnings: list[str] = field(default_factory=list)  # what the user should know, though nothing failed


class Ledger:
    """What each endpoint was last told, graph by graph, as content hashes."""

    def __init__(self, path: Path, endpoint: str) -> None:
        self.path, self.endpoint = path, endpoint
        self._all: dict[str, dict[str, str]] = {}
        if path.exists():
            try:
                self._all = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as e:
                raise UsageError(f"{path}: unreadable push ledger ({e}); move it away to push all") from None
        self.graphs = self._all.setdefault(endpoint, {})

    def save(self) -> None:
        with atomic_file(self.path) as fh:
            fh.write(json.dumps(self._all, indent=1, sort_keys=True).encode("utf-8"))


def store_graphs(store: ox.Store) -> Iterator[ArticleGraph]:
    """Every article graph of a store, in IRI order."""
    for name in article_graphs(store):
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, name)]
        lines = sorted((ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").splitlines(keepends=True))
        yield ArticleGraph(name.value, b"".join(lines))




def held_graphs(query_endpoint: str, http: Http) -> set[str]:
    """The article graphs a server holds, asked of its query endpoint."""
    answer = query(query_endpoint, sparql.text("held_graphs"), timeout=http.timeout, max_rows=10**9, http=http)
    return {cell[1:-1] for (cell,) in answer.rows if cell}


def push(graphs: Iterable[ArticleGraph], ledger: Ledger, *, gsp: str | None = None,
         update: str | None = None, query_endpoint: str | None = None, http: Http | None = None,
         batch_size: int = 50, server_union: bool = False) -> PushReport:
    """Send what the endpoint lacks or holds in another version; record what it accepted.

    The ledger says what the server was sent; the server is also asked what it holds (at
    `query_endpoint`, else at the endpoint's query siblings), so that graphs it lost since (a
    reset, a restore) are sent again. With `server_union`, updates touch only the article graphs:
    for servers whose default graph is already the union of the named graphs (Virtuoso, which has
    no plain default graph to write to; Oxigraph with --union-default-graph)."""
    if bool(gsp) == bool(update):
        raise UsageError("give exactly one of --endpoint (Graph Store Protocol) or --update-endpoint")
    http = http or Http()
    report = PushReport()
    target = gsp or update or ""
    asked = query_endpoint or _query_sibling(target, http, own=bool(update))
    if asked:
        held = held_graphs(asked, http)
        for iri in [i for i in ledger.graphs if i not in held]:
            del ledger.graphs[iri]
    elif ledger.graphs:
        report.warnings.append(
            f"could not ask {target} which graphs it holds; graphs the ledger ({ledger.path}) lists are "
            "trusted to be there. If the server was reset, give --query-endpoint (or move the ledger away)")
    todo = []
    for g in graphs:
        if ledger.graphs.get(g.iri) == g.digest:
            report.unchanged += 1
        else:
            todo.append(g)
    step = 1 if gsp else batch_size
    for i in range(0, len(todo), step):
        batch = todo[i:i + step]
        try:
            if gsp:
                _send_gsp(http, gsp, batch)
            else:
                _send_update(http, target, batch, server_union)
        except RemoteError as e:
            if "No plain default graph" in str(e):  # Virtuoso: every batch would fail alike
                raise RemoteError(f"{e}\nThis server's default graph is the union of its graphs "
                                  "(Virtuoso): push with --server-union") from None
            report.failed.extend((g.iri, str(e)) for g in batch)
            continue
        for g in batch:
            ledger.graphs[g.iri] = g.digest
            report.sent.append(g.iri)
        ledger.save()  # after every success: a crash loses no record of what was loaded
    if report.sent or report.unchanged:
        report.warnings.extend(_unseen_by_default_queries(ledger, asked, http))
    return report


QUERY_SIBLINGS = ("query", "sparql")  # Oxigraph's /query beside /store and /update; Fuseki's /ds/sparql


def _query_sibling(endpoint: str, http: Http, own: bool) -> str | None:
    """A query endpoint found beside a push endpoint: the update endpoint itself (Virtuoso's
    /sparql, Fuseki's /ds take both), else the path's last segment replaced by query or sparql.
    A Graph Store endpoint is never asked itself: a POST there adds data."""
    parts = urllib.parse.urlsplit(endpoint)
    head = parts.path.rsplit("/", 1)[0]
    candidates = [endpoint] if own else []
    candidates += [urllib.parse.urlunsplit(parts._replace(path=f"{head}/{name}", query=""))
                   for name in QUERY_SIBLINGS]
    quick = Http(timeout=min(http.timeout, 10.0), retries=0)
    for url in dict.fromkeys(c for c in candidates if c != endpoint or own):
        try:
            query(url, "ASK {}", timeout=quick.timeout, max_rows=1, http=quick)
        except (RemoteError, KgError):
            continue
        return url
    return None


def _unseen_by_default_queries(ledger: Ledger, query_endpoint: str | None, http: Http) -> list[str]:
    """A warning when the server's default graph does not show the article graphs: queries
    without GRAPH (the example queries) would then answer nothing. (A Graph Store's GET ?default
    cannot tell: Oxigraph answers it with the stored default graph, union flag or not.)"""
    advice = ("queries without GRAPH will find nothing. Start Oxigraph with --union-default-graph "
              "(Fuseki: tdb2:unionDefaultGraph true), push with --update-endpoint (kg keeps the default "
              "graph as the union), or query the named graphs: SELECT … WHERE { GRAPH ?g { … } }")
    graph = next(iter(sorted(ledger.graphs)), None)
    if query_endpoint and graph:
        ask = (f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }} }}")
        try:
            hidden = query(query_endpoint, ask, timeout=http.timeout, max_rows=1, http=http).boolean
        except (RemoteError, KgError):
            return []
        return [f"the server's default graph does not hold {graph}'s triples: {advice}"] if hidden else []
    return []


def _send_gsp(http: Http, endpoint: str, batch: Sequence[ArticleGraph]) -> None:
    for g in batch:
        sep = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{sep}{urllib.parse.urlencode({'graph': g.iri})}"
        http.request(url, data=g.ntriples, method="PUT",
                     headers={"Content-Type": "application/n-triples; charset=utf-8"})


DATA_BLOCK = 1000  # triples per INSERT DATA: Virtuoso refuses a block of more than ~1,400 by default


def _send_update(http: Http, endpoint: str, batch: Sequence[ArticleGraph], server_union: bool) -> None:
    """One request, one transaction on the server: old versions out, new ones in. Without
    `server_union` the default graph is kept as the distinct union (see kg.store); with it, only
    the named graphs are written, each named explicitly."""
    names = [ox.NamedNode(g.iri) for g in batch]
    steps = [f"DROP SILENT GRAPH {name}" for name in names] if server_union else [removal_update(names)]
    for name, g in zip(names, batch, strict=True):
        lines = g.ntriples.decode("utf-8").splitlines(keepends=True)
        for i in range(0, len(lines), DATA_BLOCK):
            block = "".join(lines[i:i + DATA_BLOCK])
            steps.append(f"INSERT DATA {{ GRAPH {name} {{ {block} }} }}")
            if not server_union:
                steps.append(f"INSERT DATA {{ {block} }}")
    http.request(endpoint, data=" ;\n".join(steps).encode(), method="POST",
                 headers={"Content-Type": "application/sparql-update; charset=utf-8"})
