"""kg serve: the site with content negotiation, and a read-only SPARQL endpoint, over real HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, free_port, wait_for_port


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = tmp_path_factory.mktemp("serve") / "store"
    result = CliRunner().invoke(main, ["build", "seeds", "-o", str(store.parent / "g.ttl"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


@contextmanager
def _serving(store, *args: str):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *args],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port, proc, "kg serve")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def served(store):
    with _serving(store, "--timeout", "2", "--limit", "3") as url:
        yield url


def _get(url: str, accept: str = "*/*", data: bytes | None = None, ctype: str | None = None):
    headers = {"Accept": accept, **({"Content-Type": ctype} if ctype else {})}
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers), timeout=20) as resp:
        return resp.status, resp.headers, resp.read()


@pytest.mark.parametrize(("accept", "media", "starts"), [
    ("text/html,*/*;q=0.8", "text/html", b"<!doctype html>"),
    ("text/turtle", "text/turtle", b"@prefix"),
    ("application/ld+json", "application/ld+json", b'{"@context":'),
    # q-values decide, not the order of the header or whether a type is named at all
    ("text/turtle;q=0.5, application/ld+json;q=0.9, */*;q=0.1", "application/ld+json", b'{"@context":'),
    ("text/html;q=0.2, text/turtle", "text/turtle", b"@prefix"),
    ("text/turtle;q=0, */*", "text/html", b"<!doctype html>"),
    ("text/*", "text/html", b"<!doctype html>"),
    ("", "text/html", b"<!doctype html>"),
])
def test_content_negotiation(served, accept: str, media: str, starts: bytes) -> None:
    status, headers, body = _get(f"{served}/person/vladimir-putin", accept)
    assert status == 200 and headers["Content-Type"].startswith(media) and body.startswith(starts)
    assert headers["Vary"] == "Accept"


def test_nothing_acceptable_is_406_naming_what_is(served) -> None:
    with pytest.raises(urllib.error.HTTPError) as e:
        _get(f"{served}/person/vladimir-putin", "image/png")
    assert e.value.code == 406 and b"text/turtle" in e.value.read()
    with pytest.raises(urllib.error.HTTPError) as e:
        _get(f"{served}/sparql?query=" + urllib.parse.quote("ASK {}"), "text/turtle")
    assert e.value.code == 406 and b"application/sparql-results+json" in e.value.read()


def test_head_and_options_are_answered(served) -> None:
    for path, allow in (("/person/vladimir-putin", "GET, HEAD, OPTIONS"), ("/sparql", "GET, HEAD, POST, OPTIONS")):
        req = urllib.request.Request(served + path, method="OPTIONS")
        with urllib.request.urlopen(req, timeout=20) as resp:
            assert resp.status == 204 and resp.headers["Allow"] == allow
    _, get_headers, body = _get(f"{served}/person/vladimir-putin", "text/turtle")
    req = urllib.request.Request(f"{served}/person/vladimir-putin", method="HEAD", headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        assert resp.status == 200 and resp.read() == b""
        assert resp.headers["Content-Length"] == str(len(body)) == get_headers["Content-Length"]
        assert resp.headers["Content-Type"] == get_headers["Content-Type"]


def test_a_busy_port_is_said_plainly(served, store) -> None:
    port = urllib.parse.urlsplit(served).port
    result = CliRunner().invoke(main, ["serve", "--store", str(store), "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port} on 127.0.0.1 is in use" in result.output and "--port 0" in result.output


def test_home_and_missing(served) -> None:
    assert b"People" in _get(f"{served}/")[2]
    for path in ("/person/nobody", "/../../etc/passwd"):
        with pytest.raises(urllib.error.HTTPError) as e:
            _get(served + path)
        assert e.value.code == 404


def test_sparql_get_and_post(served) -> None:
    q = "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h"
    status, headers, body = _get(f"{served}/sparql?query={urllib.parse.quote(q)}",
                                 "application/sparql-results+json")
    rows = json.loads(body)["results"]["bindings"]
    assert status == 200 and rows[0]["h"]["value"] == "习近平普京再通电话，提出深化中俄合作"
    _, headers, body = _get(f"{served}/sparql", "text/csv", q.encode(), "application/sparql-query")
    assert headers["Content-Type"] == "text/csv" and body.decode().splitlines()[0] == "h"
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    assert json.loads(_get(f"{served}/sparql", "*/*", form, "application/x-www-form-urlencoded")[2])["boolean"]


def test_sparql_cap_time_limit_and_refusals(served) -> None:
    _, headers, body = _get(f"{served}/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }"))
    assert len(json.loads(body)["results"]["bindings"]) == 3 and headers["X-Kg-Truncated"] == "true"
    cases = [
        (SLOW, 503),  # stopped at 2 s
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", 400),
        ("SELECT * WHERE { SERVICE<http://127.0.0.1:9/> { ?s ?p ?o } }", 400),  # no space
        ("PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\# AS ?z) SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
         400),  # an escaped # is no comment
        ("INSERT DATA { <x:a> <x:b> <x:c> }", 400),
        ("SELECT ?x WHERE {", 400),
    ]
    for query, code in cases:
        with pytest.raises(urllib.error.HTTPError) as e:
            _get(f"{served}/sparql?query={urllib.parse.quote(query)}")
        assert e.value.code == code, query
    form = urllib.parse.urlencode({"update": "DELETE WHERE { ?s ?p ?o }"}).encode()
    with pytest.raises(urllib.error.HTTPError) as e:
        _get(f"{served}/sparql", "*/*", form, "application/x-www-form-urlencoded")
    assert e.value.code == 400


def test_foreign_hosts_and_bad_lengths_are_refused(served) -> None:
    req = urllib.request.Request(f"{served}/", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 403
    import http.client

    host, port = served.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Length", "-1")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.endheaders()
    assert conn.getresponse().status == 400
    conn.close()


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_queries_beyond_the_slots_wait_then_are_told_to_come_back(store) -> None:
    quick = "ASK { ?s ?p ?o }"
    with _serving(store, "--timeout", "3", "--max-queries", "1") as url:
        codes: list[int] = []

        def slow() -> None:  # holds the one slot for 3 s, then is stopped
            with pytest.raises(urllib.error.HTTPError) as e:
                _get(f"{url}/sparql?query={urllib.parse.quote(SLOW)}")
            codes.append(e.value.code)

        worker = threading.Thread(target=slow)
        worker.start()
        time.sleep(0.5)
        with pytest.raises(urllib.error.HTTPError) as e:  # waits 1 s for the slot, in vain
            _get(f"{url}/sparql?query={urllib.parse.quote(quick)}")
        assert e.value.code == 503 and e.value.headers["Retry-After"] == "1"
        assert b"1 queries are running" in e.value.read()
        worker.join()
        assert codes == [503]  # the slow one was stopped at its time limit
        assert json.loads(_get(f"{url}/sparql?query={urllib.parse.quote(quick)}")[2])["boolean"] is True


def test_a_client_that_stops_sending_lets_go_of_its_thread(store) -> None:
    """A POST that declares 1,000 bytes and sends 3 once held its thread for ever; a long path once
    got a traceback and no answer."""
    import socket
    import time

    with _serving(store, "--client-timeout", "1") as url:
        port = int(url.rsplit(":", 1)[1])
        slow = socket.create_connection(("127.0.0.1", port), timeout=10)
        slow.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n"
                     b"Content-Type: application/sparql-query\r\n\r\nabc")
        start = time.perf_counter()
        assert slow.recv(1024) == b""  # the server hangs up
        assert time.perf_counter() - start < 8
        slow.close()
        status, _, body = _get(url + "/")
        assert status == 200 and body
        try:
            _get(url + "/" + "a" * 5000)
        except urllib.error.HTTPError as e:
            assert e.code == 404
        else:
            raise AssertionError("a 5,000-character path found a page")


def test_a_request_line_too_long_is_414(served) -> None:
    """http.server's own cap (64 KB) answers 414 and keeps serving; a GET query longer than that is
    sent by POST."""
    import socket

    port = int(served.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /" + b"a" * 400_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answer = b""
        while chunk := s.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.0 414") or answer.startswith(b"HTTP/1.1 414"), answer[:80]
    status, _, body = _get(served + "/")  # and the server goes on
    assert status == 200 and body


def test_the_worst_query_is_capped_while_others_are_answered(store) -> None:
    """A sorted cross join (7.66 GB in the issue) runs in its own process under --max-memory; the
    server answers other clients meanwhile, and the query ends with an error, not the machine."""
    import threading
    import urllib.parse

    cross = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 10"
    with _serving(store, "--max-memory", "150", "--timeout", "20") as url:
        outcome: dict[str, object] = {}

        def heavy() -> None:
            try:
                outcome["status"] = _get(url + "/sparql?query=" + urllib.parse.quote(cross),
                                         accept="application/sparql-results+json")[0]
            except urllib.error.HTTPError as e:
                outcome["status"] = e.code
                outcome["body"] = e.read().decode("utf-8", "replace")

        worker = threading.Thread(target=heavy)
        worker.start()
        time.sleep(0.5)  # the heavy query is under way
        start = time.perf_counter()
        status, _, body = _get(url + "/")
        assert status == 200 and body and time.perf_counter() - start < 5
        worker.join(timeout=40)
        assert not worker.is_alive()
        assert outcome["status"] != 200, outcome
