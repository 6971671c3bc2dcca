"""kg never fetches: SERVICE is refused however it is disguised. A listener on a loopback port
stands for a service behind the firewall; every disguise must leave it with zero connections."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.query import refuse_service

GRAPH = "tests/golden/000_f72b604293d7eff6.ttl"


@pytest.fixture(scope="module")
def listener():
    hits: list[str] = []

    class Count(BaseHTTPRequestHandler):
        def _hit(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["leak"]},"results":{"bindings":[]}}')

        do_GET = do_POST = _hit

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Count)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/p", hits
    server.shutdown()


DISGUISES = [
    "SELECT ?leak WHERE { SERVICE <{url}> { ?leak ?p ?o } }",
    "SELECT ?leak WHERE { BIND(<urn:a\\u0041#> AS ?x) SERVICE <{url}> { ?leak ?p ?o } }",
    "SELECT ?leak WHERE { BIND(<urn:a\\u0041'> AS ?x) SERVICE <{url}> { ?leak ?p ?o } }",
    "SELECT ?leak WHERE { { SELECT ?leak WHERE { BIND(<urn:a\\u0041#> AS ?x) SERVICE SILENT <{url}> "
    "{ ?leak ?p ?o } } } }",
    "SELECT ?leak WHERE { BIND(\"a\\u0022 #\" AS ?x) SERVICE <{url}> { ?leak ?p ?o } }",
    "SELECT ?leak WHERE { BIND(<urn:\\U00000023> AS ?x) service\n<{url}> { ?leak ?p ?o } }",
    "PREFIX s: <{url}>\nSELECT ?leak WHERE { SeRvIcE s: { ?leak ?p ?o } }",
]


@pytest.mark.parametrize("template", DISGUISES)
def test_every_disguise_is_refused_and_nothing_is_fetched(listener, template: str) -> None:
    url, hits = listener
    query = template.replace("{url}", url)
    result = CliRunner().invoke(main, ["query", GRAPH, "-q", query])  # would fetch, if let through
    assert hits == []
    assert result.exit_code == 2 and "SERVICE clauses are refused" in result.output
    with pytest.raises(UsageError):
        refuse_service(query)


def test_the_word_in_a_string_or_an_iri_is_no_clause(listener) -> None:
    _, hits = listener
    for query in ('SELECT ?s WHERE { BIND("SERVICE <http://127.0.0.1/>" AS ?s) }',
                  "SELECT ?s WHERE { BIND(<urn:SERVICE> AS ?s) }", "SELECT ?service WHERE { }"):
        refuse_service(query)
        assert CliRunner().invoke(main, ["query", GRAPH, "-q", query, "--format", "csv"]).exit_code == 0
    assert hits == []


def test_a_query_that_needs_too_much_memory_is_stopped_and_said_so() -> None:
    """The issue's cross join grew a query process to 7.66 GB; with a cap it stops, in one line."""
    cross = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 10"
    graphs = [GRAPH, "tests/golden/001_2206a50e3245df71.ttl"]
    result = CliRunner().invoke(main, ["query", *graphs, "-q", cross, "--max-memory", "100"])
    assert result.exit_code == 2
    assert "needed more than 100 MB" in result.output and "backtrace" not in result.output
    small = CliRunner().invoke(main, ["query", *graphs, "-q", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                                      "--max-memory", "100", "--format", "csv"])
    assert small.exit_code == 0 and int(small.output.split()[-1]) > 1000


def test_service_fetches_only_when_asked() -> None:
    """kg query --allow-service is the user asking: then, and only then, the endpoint is fetched."""
    hits: list[str] = []
    answer = b'{"head":{"vars":["leak"]},"results":{"bindings":[{"leak":{"type":"literal","value":"fetched"}}]}}'

    class Endpoint(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/p"
        query = f"SELECT ?leak WHERE {{ SERVICE <{url}> {{ ?leak ?p ?o }} }}"
        refused = CliRunner().invoke(main, ["query", GRAPH, "-q", query, "--format", "csv"])
        assert refused.exit_code == 2 and hits == []
        allowed = CliRunner().invoke(main, ["query", GRAPH, "-q", query, "--format", "csv", "--allow-service"])
        assert allowed.exit_code == 0, allowed.output
        assert hits and allowed.output.split() == ["leak", "fetched"]
    finally:
        server.shutdown()
