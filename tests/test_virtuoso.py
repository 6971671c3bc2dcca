"""kg push and kg query against a real OpenLink Virtuoso (Debian's virtuoso-opensource), started
on loopback ports for this module: the example queries answer as on the embedded store.

Virtuoso differs from Oxigraph in the ways kg must handle: its default graph is the union of all
graphs and it has no plain default graph to write to (--server-union); its -auth endpoints ask for
Digest; it answers a CONSTRUCT asked for as SPARQL JSON results in JSON of its own.
With KG_REQUIRE_VIRTUOSO set (CI), a missing server fails these tests instead of skipping them."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_remote import _answers, _free_port, run

TEMPLATE = Path(__file__).parent / "data" / "virtuoso.ini.template"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[str]:
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not (server and isql):
        if os.environ.get("KG_REQUIRE_VIRTUOSO"):
            pytest.fail("virtuoso-t is missing: .ci/run installs Debian's virtuoso-opensource")
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
    d = tmp_path_factory.mktemp("virtuoso")
    (d / "vsp").mkdir()
    http_port, isql_port = _free_port(), _free_port()
    ini = (TEMPLATE.read_text().replace("@DIR@", str(d)).replace("@HTTP_PORT@", str(http_port))
           .replace("@ISQL_PORT@", str(isql_port)))
    (d / "virtuoso.ini").write_text(ini)
    with (d / "out.log").open("wb") as log:
        proc = subprocess.Popen([server, "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d,
                                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{http_port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                if proc.poll() is not None:
                    pytest.fail("Virtuoso stopped: " + (d / "out.log").read_text(errors="replace")[-2000:])
                try:
                    with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail("Virtuoso did not answer within 90 s")
                time.sleep(0.2)
            # Anonymous /sparql may then update; the -auth endpoints need no grant (user dba).
            subprocess.run([isql, f"127.0.0.1:{isql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                           check=True, capture_output=True, timeout=60)
            yield base
        finally:
            proc.kill()  # throwaway data: no checkpoint wanted
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("local")
    assert run("build", "seeds", "-o", str(tmp / "g.nq"), "--store", str(tmp / "store")).exit_code == 0
    return tmp / "store"


def _drop_all(base: str) -> None:
    run("query", "--endpoint", f"{base}/sparql", "-q", "ASK {}")  # the server answers
    body = (b"DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?g a <https://kg.example.org/ns#ArticleGraph> . "
            b"?s ?p ?o } }")
    urllib.request.urlopen(urllib.request.Request(f"{base}/sparql", data=body, method="POST", headers={
        "Content-Type": "application/sparql-update"}), timeout=60).read()


def test_update_push_round_trips_the_example_queries(virtuoso, local, tmp_path) -> None:
    _drop_all(virtuoso)
    ledger = str(tmp_path / "ledger.json")
    args = ("push", "--update-endpoint", f"{virtuoso}/sparql", "--store", str(local), "--ledger", ledger)
    plain = run(*args)  # the copy into the default graph that suits Oxigraph: Virtuoso has none
    assert plain.exit_code == 2 and "--server-union" in plain.output
    result = run(*args, "--server-union")
    assert result.exit_code == 0 and "pushed 2 article graph(s)" in result.output, result.output
    assert "warning" not in result.output  # its default graph is the union
    assert _answers("--endpoint", f"{virtuoso}/sparql") == _answers("--store", str(local))
    again = run(*args, "--server-union")  # the ledger, checked against the server itself (/sparql answers)
    assert "pushed 0 article graph(s)" in again.output and "2 unchanged" in again.output
    _drop_all(virtuoso)
    assert "pushed 2 article graph(s)" in run(*args, "--server-union").output


def test_graph_store_push_with_digest_credentials(virtuoso, local, tmp_path, monkeypatch) -> None:
    _drop_all(virtuoso)
    monkeypatch.setenv("KG_SPARQL_USER", "dba")
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "dba")
    ledger = str(tmp_path / "ledger.json")
    result = run("push", "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--query-endpoint",
                 f"{virtuoso}/sparql", "--store", str(local), "--ledger", ledger)
    assert result.exit_code == 0 and "pushed 2 article graph(s)" in result.output, result.output
    assert _answers("--endpoint", f"{virtuoso}/sparql") == _answers("--store", str(local))
    monkeypatch.setenv("KG_SPARQL_PASSWORD", "wrong")
    refused = run("push", "--endpoint", f"{virtuoso}/sparql-graph-crud-auth", "--store", str(local),
                  "--ledger", str(tmp_path / "other.json"), "--retries", "0")
    assert refused.exit_code == 2 and "HTTP 401" in refused.output


def test_construct_answers_parse(virtuoso, local) -> None:
    """Virtuoso's JSON for CONSTRUCT answers has "lang" keys no SPARQL parser reads; kg asks for
    N-Triples for graph answers."""
    q = ('CONSTRUCT { ?s <https://schema.org/name> ?n } WHERE { GRAPH ?g { ?s <https://schema.org/name> ?n '
         'FILTER(lang(?n) = "zh-hans") } }')
    remote = run("query", "--endpoint", f"{virtuoso}/sparql", "--format", "nt", "-q", q)
    assert remote.exit_code == 0, remote.output
    here = run("query", "--store", str(local), "--format", "nt", "-q", q).output
    assert set(remote.output.splitlines()) == set(here.splitlines()) and remote.output.count("@zh-hans .") > 20
