"""Remote SPARQL servers: query an endpoint, push article graphs.

Push speaks either the Graph Store HTTP Protocol (PUT one named graph per article: replaced,
never appended twice) or SPARQL 1.1 Update (the same replacement as the embedded store, with the
default graph kept as the distinct union). Transient failures (connection refused, timeouts,
408/429/5xx) are retried with exponential backoff. A ledger records what each endpoint holds, by
content hash, written only after the server said yes: a rerun sends only what is missing or
changed, and nothing is recorded as loaded that was not.
"""

from __future__ import annotations

import base64
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
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg import sparql
from kg.errors import KgError, UsageError
from kg.query import Answer, answer_from
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
        headers = {**(headers or {}), **_auth_header(url)}
        last = "no attempt"
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, data=data, method=method, headers=headers)
            try:
                with _OPENER.open(req, timeout=self.timeout) as response:
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


def _auth_header(url: str) -> dict[str, str]:
    """Basic credentials from KG_SPARQL_USER/KG_SPARQL_PASSWORD, else from netrc for the host;
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
    if not user:
        return {}
    token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


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

    return http.request(endpoint, data=body, method="POST", consume=read, headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})


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
         batch_size: int = 50) -> PushReport:
    """Send what the endpoint lacks or holds in another version; record what it accepted.

    The ledger says what the server was sent; with `query_endpoint` the server is also asked
    what it holds, so that graphs it lost since (a reset, a restore) are sent again."""
    if bool(gsp) == bool(update):
        raise UsageError("give exactly one of --endpoint (Graph Store Protocol) or --update-endpoint")
    http = http or Http()
    report = PushReport()
    if query_endpoint:
        held = held_graphs(query_endpoint, http)
        for iri in [i for i in ledger.graphs if i not in held]:
            del ledger.graphs[iri]
    todo = []
    for g in graphs:
        if ledger.graphs.get(g.iri) == g.digest:
            report.unchanged += 1
        else:
            todo.append(g)
    send = _send_gsp if gsp else _send_update
    target = gsp or update or ""
    for i in range(0, len(todo), 1 if gsp else batch_size):
        batch = todo[i:i + (1 if gsp else batch_size)]
        try:
            send(http, target, batch)
        except RemoteError as e:
            report.failed.extend((g.iri, str(e)) for g in batch)
            continue
        for g in batch:
            ledger.graphs[g.iri] = g.digest
            report.sent.append(g.iri)
        ledger.save()  # after every success: a crash loses no record of what was loaded
    return report


def _send_gsp(http: Http, endpoint: str, batch: Sequence[ArticleGraph]) -> None:
    for g in batch:
        sep = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{sep}{urllib.parse.urlencode({'graph': g.iri})}"
        http.request(url, data=g.ntriples, method="PUT",
                     headers={"Content-Type": "application/n-triples; charset=utf-8"})


def _send_update(http: Http, endpoint: str, batch: Sequence[ArticleGraph]) -> None:
    """One request, one transaction on the server: old versions out, new ones in, default
    graph kept as the distinct union (see kg.store)."""
    names = [ox.NamedNode(g.iri) for g in batch]
    inserts = " ; ".join(
        f"INSERT DATA {{ GRAPH {name} {{ {g.ntriples.decode('utf-8')} }} }} ; "
        f"INSERT DATA {{ {g.ntriples.decode('utf-8')} }}"
        for name, g in zip(names, batch, strict=True)
    )
    body = f"{removal_update(names)} ; {inserts}".encode()
    http.request(endpoint, data=body, method="POST",
                 headers={"Content-Type": "application/sparql-update; charset=utf-8"})
