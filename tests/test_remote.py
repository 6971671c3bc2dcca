"""Remote servers: a real Oxigraph server on a loopback port, and small fake ones for faults."""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from kg import remote
from kg.cli import main
from kg.pipeline import build
from kg.store import ArticleStore
from tests.conftest import ROOT, SEEDS

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    return found


def _serve(tmp: Path, *flags: str) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp), "--bind", f"127.0.0.1:{port}",
                             *flags], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("the oxigraph server did not start")
            time.sleep(0.1)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def server(tmp_path) -> Iterator[str]:
    yield from _serve(tmp_path / "server")


@pytest.fixture
def union_server(tmp_path) -> Iterator[str]:
    yield from _serve(tmp_path / "union-server", "--union-default-graph")


@pytest.fixture
def local(tmp_path) -> Path:
    store = tmp_path / "local"
    assert run("build", "seeds", "-o", str(tmp_path / "g.nq"), "--store", str(store)).exit_code == 0
    return store


def _answers(*source: str) -> dict[str, object]:
    out = {}
    for q in QUERIES:
        fmt = "nt" if "CONSTRUCT" in q.read_text() else "json"
        text = run("query", *source, "-f", str(q), "--format", fmt).stdout
        out[q.name] = sorted(text.splitlines()) if fmt == "nt" else json.loads(text)
    return out


def test_update_push_answers_like_the_local_store(server, local, tmp_path) -> None:
    ledger = str(tmp_path / "ledger.json")
    result = run("push", "--update-endpoint", f"{server}/update", "--store", str(local), "--ledger", ledger)
    assert result.exit_code == 0 and "pushed 2 article graph(s)" in result.output and "warning" not in result.output
    assert _answers("--endpoint", f"{server}/query") == _answers("--store", str(local))


def test_graph_store_push_answers_like_the_local_store(union_server, local, tmp_path) -> None:
    ledger = str(tmp_path / "ledger.json")
    result = run("push", "--endpoint", f"{union_server}/store", "--store", str(local), "--ledger", ledger)
    assert result.exit_code == 0 and "pushed 2 article graph(s)" in result.output
    assert "warning" not in result.output  # its default graph shows the pushed graphs
    assert _answers("--endpoint", f"{union_server}/query") == _answers("--store", str(local))


def test_rerun_sends_only_what_changed(server, local, tmp_path) -> None:
    ledger = str(tmp_path / "ledger.json")
    args = ("push", "--update-endpoint", f"{server}/update", "--store", str(local), "--ledger", ledger)
    assert "pushed 2" in run(*args).output
    assert "pushed 0 article graph(s)" in run(*args).output and "2 unchanged" in run(*args).output
    changed = tmp_path / "000.txt"
    changed.write_text(SEEDS[0].read_text("utf-8").replace("习近平普京再通电话", "习近平与普京再通电话"), "utf-8")
    sink = ArticleStore(local)
    build([str(changed)], [sink])
    sink.close()
    assert "pushed 1 article graph(s)" in run(*args).output
    heads = run("query", "--endpoint", f"{server}/query", "--format", "csv",
                "-q", "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h").stdout
    assert heads.splitlines()[1:] == ["习近平与普京再通电话，提出深化中俄合作", "避谈分歧，中俄两国同意深化军事合作"]


def test_server_down_is_reported_and_nothing_recorded(local, tmp_path) -> None:
    ledger = tmp_path / "ledger.json"
    url = f"http://127.0.0.1:{_free_port()}/store"
    result = run("push", "--endpoint", url, "--store", str(local), "--ledger", str(ledger), "--retries", "1")
    assert result.exit_code == 2
    assert "pushed 0 article graph(s)" in result.output and "2 failed" in result.output
    assert result.output.count("not loaded:") == 2 and "after 2 attempts" in result.output
    assert not ledger.exists() or json.loads(ledger.read_text()) == {url: {}}


class _Fake(BaseHTTPRequestHandler):
    """Answers from a script: each request takes the next (status, delay) until one is left."""

    script: ClassVar[list[tuple[int, float]]] = []
    seen: ClassVar[list[dict[str, str]]] = []
    challenge: ClassVar[str | None] = None  # a WWW-Authenticate to answer requests without credentials

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen.append(dict(self.headers))
        if self.challenge and "Authorization" not in self.headers:
            self.send_response(401)
            self.send_header("WWW-Authenticate", self.challenge)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status, delay = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        """Not a query endpoint: kg's look for one beside the store is told so."""
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[tuple[str, type[_Fake]]]:
    handler = type("Handler", (_Fake,), {"script": [], "seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/store", handler
    httpd.shutdown()


def _graphs() -> list[remote.ArticleGraph]:
    return [remote.ArticleGraph("https://kg.example.org/graph/a", b"<x:a> <x:b> <x:c> .\n")]


def test_transient_errors_are_retried_with_backoff(fake, tmp_path) -> None:
    url, handler = fake
    handler.script = [(500, 0), (503, 0), (204, 0)]
    waits: list[float] = []
    http = remote.Http(retries=3, backoff=0.5, sleep=waits.append)
    report = remote.push(_graphs(), remote.Ledger(tmp_path / "l.json", url), gsp=url, http=http)
    assert report.sent == ["https://kg.example.org/graph/a"] and not report.failed
    assert len(handler.seen) == 3 and waits == [0.5, 1.0]


def test_permanent_error_is_not_retried(fake, tmp_path) -> None:
    url, handler = fake
    handler.script = [(400, 0)]
    report = remote.push(_graphs(), remote.Ledger(tmp_path / "l.json", url), gsp=url,
                         http=remote.Http(retries=3, sleep=lambda _s: None))
    assert len(handler.seen) == 1 and "HTTP 400" in report.failed[0][1]


def test_slow_server_times_out_and_nothing_recorded(fake, tmp_path) -> None:
    url, handler = fake
    handler.script = [(204, 2.0)]
    ledger = remote.Ledger(tmp_path / "l.json", url)
    report = remote.push(_graphs(), ledger, gsp=url, http=remote.Http(timeout=0.3, retries=1, sleep=lambda _s: None))
    assert report.failed and "timed out" in report.failed[0][1]
    assert ledger.graphs == {}


def test_credentials_from_environment_and_netrc(fake, tmp_path, monkeypatch) -> None:
    """Credentials answer the server's Basic challenge (Digest is tested on Virtuoso)."""
    url, handler = fake
    handler.script = [(204, 0)]
    handler.challenge = 'Basic realm="kg"'
    monkeypatch.setenv("KG_SPARQL_USER", "ada")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "s3cret")
    remote.push(_graphs(), remote.Ledger(tmp_path / "a.json", url), gsp=url)
    assert handler.seen[-1]["Authorization"] == "Basic " + base64.b64encode(b"ada:s3cret").decode()
    monkeypatch.delenv("KG_SPARQL_USER")
    monkeypatch.delenv("KG_SPARQL_PASSWORD")
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login bob password pw2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    remote.push(_graphs(), remote.Ledger(tmp_path / "b.json", url), gsp=url)
    assert handler.seen[-1]["Authorization"] == "Basic " + base64.b64encode(b"bob:pw2").decode()


def test_rerun_with_query_endpoint_resends_what_the_server_lost(server, local, tmp_path) -> None:
    ledger = str(tmp_path / "ledger.json")
    args = ("push", "--endpoint", f"{server}/store", "--query-endpoint", f"{server}/query",
            "--store", str(local), "--ledger", ledger)
    assert "pushed 2" in run(*args).output
    _reset(server)
    assert "pushed 2 article graph(s)" in run(*args).output  # the ledger alone would say unchanged
    assert "pushed 0 article graph(s)" in run(*args).output


def _reset(server: str) -> None:
    urllib.request.urlopen(urllib.request.Request(f"{server}/update", data=b"DROP ALL", method="POST",
                                                  headers={"Content-Type": "application/sparql-update"})).read()


def test_without_query_endpoint_the_one_beside_the_update_endpoint_is_asked(server, local, tmp_path) -> None:
    """A reset server is noticed without --query-endpoint: Oxigraph's /query, beside /update."""
    ledger = str(tmp_path / "ledger.json")
    args = ("push", "--update-endpoint", f"{server}/update", "--store", str(local), "--ledger", ledger)
    assert "pushed 2" in run(*args).output
    _reset(server)
    result = run(*args)
    assert "pushed 2 article graph(s)" in result.output and "warning" not in result.output


def test_a_ledger_that_cannot_be_checked_is_trusted_aloud(fake, tmp_path) -> None:
    url, handler = fake
    handler.script = [(204, 0)]
    ledger = remote.Ledger(tmp_path / "l.json", url)
    (g,) = _graphs()
    ledger.graphs[g.iri] = g.digest
    report = remote.push(_graphs(), ledger, gsp=url, http=remote.Http(retries=0))
    assert report.unchanged == 1 and not report.sent
    assert any("could not ask" in w and "--query-endpoint" in w for w in report.warnings)


def test_a_plain_server_is_said_to_hide_pushed_graphs_from_default_queries(server, local, tmp_path) -> None:
    """Oxigraph without --union-default-graph keeps pushed graphs out of its default graph: the
    example queries would answer nothing, and kg says so, with or without a query endpoint."""
    for extra in ((), ("--query-endpoint", f"{server}/query")):
        ledger = str(tmp_path / f"ledger{len(extra)}.json")
        result = run("push", "--endpoint", f"{server}/store", *extra, "--store", str(local), "--ledger", ledger)
        assert result.exit_code == 0 and "pushed 2" in result.output
        assert "warning" in result.output and "--union-default-graph" in result.output
        assert "GRAPH ?g" in result.output


class _Redirect(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_POST(self) -> None:
        type(self).hits.append(f"{self.command} {self.path}")
        self.send_response(301)
        self.send_header("Location", "/landing")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        type(self).hits.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    do_PUT = do_POST

    def log_message(self, *args: object) -> None:
        pass


def _serve_handler(handler: type) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_redirects_are_not_followed_nor_recorded(tmp_path) -> None:
    handler = type("R", (_Redirect,), {"hits": []})
    for base in _serve_handler(handler):
        ledger = remote.Ledger(tmp_path / "l.json", base)
        report = remote.push(_graphs(), ledger, update=f"{base}/update",
                             http=remote.Http(retries=2, sleep=lambda _s: None))
        assert report.failed and "redirected to /landing" in report.failed[0][1]
        # Before it, kg looked for a query endpoint (the update endpoint, /query, /sparql): each
        # redirect was an answer, none followed.
        assert ledger.graphs == {} and handler.hits == ["POST /update", "POST /query", "POST /sparql", "POST /update"]


class _NotHttp(BaseHTTPRequestHandler):
    def do_PUT(self) -> None:
        self.wfile.write(b"NOT HTTP AT ALL\r\n\r\n")

    def log_message(self, *args: object) -> None:
        pass


def test_garbage_answers_are_reported_not_crashed(tmp_path) -> None:
    for base in _serve_handler(_NotHttp):
        report = remote.push(_graphs(), remote.Ledger(tmp_path / "l.json", base), gsp=f"{base}/store",
                             http=remote.Http(retries=1, sleep=lambda _s: None))
        assert report.failed and "after 2 attempts" in report.failed[0][1]


class _Trickle(BaseHTTPRequestHandler):
    """Answers a query slowly: one byte a second, forever."""

    def do_POST(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        for _ in range(60):
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(1)

    def log_message(self, *args: object) -> None:
        pass


def test_remote_query_timeout_is_total(tmp_path) -> None:
    for base in _serve_handler(_Trickle):
        start = time.monotonic()
        result = run("query", "--endpoint", f"{base}/query", "-q", "ASK {}", "--timeout", "2")
        assert result.exit_code == 2 and "longer than 2 s" in result.output
        assert time.monotonic() - start < 6


def test_html_answer_names_the_endpoint() -> None:
    class Html(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = b"<html>not sparql</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    for base in _serve_handler(Html):
        result = run("query", "--endpoint", f"{base}/query", "-q", "ASK {}")
        assert result.exit_code == 2
        assert f"{base}/query: the answer is text/html, neither SPARQL JSON results nor N-Triples" in result.output


def test_remote_answer_is_read_only_up_to_the_cap() -> None:
    """A server with endless rows: the cap stops the reading, not the server's end."""

    class Endless(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["n"]},"results":{"bindings":[')
            try:
                for i in range(10**7):
                    self.wfile.write(b'%s{"n":{"type":"literal","value":"%d"}}' % (b"," if i else b"", i))
            except OSError:  # the client stopped reading
                pass

        def log_message(self, *args: object) -> None:
            pass

    for base in _serve_handler(Endless):
        start = time.monotonic()
        answer = remote.query(f"{base}/query", "SELECT ?n {}", timeout=10, max_rows=3)
        assert [r[0] for r in answer.rows] == ['"0"', '"1"', '"2"'] and answer.truncated
        assert time.monotonic() - start < 5
