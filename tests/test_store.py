"""The embedded store: built into by kg build, queried between runs, articles replaced whole."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build
from kg.store import ArticleStore, drop, open_store, stats
from tests.conftest import ROOT, SEEDS

XI_NAME = "SELECT ?name WHERE { ?p <https://schema.org/name> ?name FILTER(str(?name) = '纽约时报中文网') }"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def _rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def _load(path, *inputs: str) -> None:
    sink = ArticleStore(path, batch_size=3)
    try:
        build(list(inputs), [sink])
    finally:
        sink.close()


def test_build_loads_the_store_and_query_reads_it_later(tmp_path) -> None:
    store = tmp_path / "store"
    result = run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--store", str(store))
    assert result.exit_code == 0 and f"store: {store} (2 article graphs" in result.output
    q = "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h"
    rows = _rows(run("query", "--store", str(store), "-q", q, "--format", "csv").output)
    assert [r["h"] for r in rows] == ["习近平普京再通电话，提出深化中俄合作", "避谈分歧，中俄两国同意深化军事合作"]


def test_no_store_skips_it(tmp_path) -> None:
    store = tmp_path / "store"
    assert run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--no-store", "--store", str(store)).exit_code == 0
    assert not store.exists()


def test_rebuild_replaces_and_shared_nodes_do_not_multiply(tmp_path) -> None:
    store = tmp_path / "store"
    _load(store, "seeds")
    first = stats(open_store(store, read_only=True))
    _load(store, "seeds")  # the same articles again
    _load(store, str(SEEDS[0]))
    again = stats(open_store(store, read_only=True))
    assert again == first
    s = open_store(store, read_only=True)
    # The newsroom described in both article graphs has its name once in the default graph.
    assert len(list(s.query(XI_NAME))) == 1
    assert len(list(s.query(XI_NAME.replace("?p <", "GRAPH ?g { ?p <").replace(" FILTER", " } FILTER")))) == 2


def test_changed_article_leaves_no_stale_triples(tmp_path) -> None:
    store = tmp_path / "store"
    changed = tmp_path / "000.txt"
    changed.write_text(SEEDS[0].read_text("utf-8").replace("习近平普京再通电话", "习近平与普京再通电话"), "utf-8")
    _load(store, str(SEEDS[0]), str(SEEDS[1]))
    _load(store, str(changed))
    s = open_store(store, read_only=True)
    heads = {r["h"].value for r in s.query("SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }")}
    assert heads == {"习近平与普京再通电话，提出深化中俄合作", "避谈分歧，中俄两国同意深化军事合作"}
    named = {r["h"].value for r in s.query("SELECT ?h WHERE { GRAPH ?g { ?a <https://schema.org/headline> ?h } }")}
    assert named == heads
    assert stats(s).graphs == 2


def test_drop_removes_one_article_and_only_what_it_held(tmp_path) -> None:
    store = tmp_path / "store"
    _load(store, "seeds")
    s = open_store(store)
    assert drop(s, "https://cn.nytimes.com/china/20220616/putin-xi-china-russia/")
    assert not drop(s, "https://example.com/not-there")
    heads = [r["h"].value for r in s.query("SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }")]
    assert heads == ["避谈分歧，中俄两国同意深化军事合作"]
    assert len(list(s.query(XI_NAME))) == 1  # still described by the other article
    # Chris Buckley wrote only the dropped article: nothing of him is left, in any graph.
    assert not bool(s.query("ASK { <https://kg.example.org/person/chris-buckley> ?p ?o }"))
    assert not bool(s.query("ASK { GRAPH ?g { <https://kg.example.org/person/chris-buckley> ?p ?o } }"))
    del s
    assert run("store", "drop", "https://example.com/none", "--store", str(store)).exit_code == 1


def test_stats_command(tmp_path) -> None:
    store = tmp_path / "store"
    _load(store, "seeds")
    out = run("store", "stats", "--store", str(store)).output
    assert "article graphs: 2" in out and "https://schema.org/Person" in out
    s = stats(open_store(store, read_only=True))
    assert s.quads > s.triples > 100
    assert dict(s.entities)["https://schema.org/NewsArticle"] == 6


@pytest.mark.parametrize(("fmt", "parse_fmt"), [
    ("nq", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
    ("ttl", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD),
])
def test_export_formats(tmp_path, fmt, parse_fmt) -> None:
    store = tmp_path / "store"
    _load(store, "seeds")
    target = tmp_path / f"all.{fmt}"
    result = run("store", "export", "--store", str(store), "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=str(target), format=parse_fmt))
    s = stats(open_store(store, read_only=True))
    if fmt in ("nq", "trig"):
        assert len(quads) == s.quads and len({q.graph_name for q in quads}) == 2
    else:
        assert len(quads) == s.triples


def test_store_in_use_is_a_clear_error(tmp_path) -> None:
    store = tmp_path / "store"
    holder = ArticleStore(store)
    result = run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--store", str(store))
    assert result.exit_code == 2 and "open in another kg process" in result.output
    holder.close()


def test_missing_store_is_a_clear_error(tmp_path) -> None:
    result = run("query", "--store", str(tmp_path / "nowhere"), "-q", "ASK {}")
    assert result.exit_code == 2 and "no store here" in result.output


def test_query_timeout_and_limit(tmp_path) -> None:
    store = tmp_path / "store"
    _load(store, "seeds", "tests/data/corpus")
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = run("query", "--store", str(store), "-q", slow, "--timeout", "0.5")
    assert result.exit_code == 2 and "longer than 0.5 s" in result.output
    result = run("query", "--store", str(store), "-q", "SELECT * WHERE { ?s ?p ?o }", "--limit", "5",
                 "--format", "json")
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 5
    assert "results cut at 5" in result.output


def test_same_answers_from_files_and_store(tmp_path) -> None:
    store = tmp_path / "store"
    nq = tmp_path / "g.nq"
    assert run("build", "seeds", "-o", str(nq), "--store", str(store)).exit_code == 0
    for q in sorted((ROOT / "queries").glob("*.rq")):
        fmt = "nt" if "CONSTRUCT" in q.read_text() else "json"
        from_files = run("query", str(nq), "-f", str(q), "--format", fmt).stdout
        from_store = run("query", "--store", str(store), "-f", str(q), "--format", fmt).stdout
        if fmt == "nt":
            assert sorted(from_files.splitlines()) == sorted(from_store.splitlines()), q.name
        else:
            assert json.loads(from_files) == json.loads(from_store), q.name


def test_interrupted_load_is_repaired_on_open(tmp_path) -> None:
    """What a load killed inside its bulk write leaves: a pending mark, part of a graph, and
    default-graph triples no graph holds. Opening for writing removes all of it."""
    from kg.store import _PENDING, STATE_GRAPH, pending

    store_path = tmp_path / "store"
    _load(store_path, str(SEEDS[0]))
    before = stats(open_store(store_path, read_only=True))
    s = open_store(store_path)
    half = ox.NamedNode("https://kg.example.org/graph/half-written")
    node = ox.NamedNode("https://kg.example.org/article/half-written")
    name = ox.NamedNode("https://schema.org/headline")
    s.extend([ox.Quad(STATE_GRAPH, _PENDING, half, STATE_GRAPH)])
    s.bulk_extend([ox.Quad(node, name, ox.Literal("一半"), half),
                   ox.Quad(node, name, ox.Literal("孤儿"), ox.DefaultGraph())])
    del s
    assert run("store", "stats", "--store", str(store_path)).output.count("under way or was interrupted") == 1
    s = open_store(store_path)  # for writing: repairs
    assert pending(s) == [] and not s.contains_named_graph(half)
    assert not bool(s.query("ASK { ?a <https://schema.org/headline> '孤儿' }"))
    del s
    assert stats(open_store(store_path, read_only=True)) == before
    assert run("store", "repair", "--store", str(store_path)).output.strip() == "nothing to repair"


def test_store_commands_never_create_a_store(tmp_path) -> None:
    typo = tmp_path / "typo-store"
    for args in (("store", "drop", "https://example.com/a"), ("store", "repair"), ("store", "stats"),
                 ("query", "-q", "ASK {}")):
        result = run(*args, "--store", str(typo))
        assert result.exit_code == 2 and "no store here" in result.output, args
    assert not typo.exists()


def test_drop_with_a_url_that_cannot_be_one(tmp_path) -> None:
    store = tmp_path / "store"
    _load(store, str(SEEDS[0]))
    result = run("store", "drop", "https://x.org/a b", "--store", str(store))
    assert result.exit_code == 2 and "'https://x.org/a b' is not a URL" in result.output


def _same_cmdline(marker: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if marker in (proc / "cmdline").read_bytes().decode(errors="replace"):
                    pids.append(int(proc.name))
            except OSError:
                pass
    return pids


@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_a_stopped_query_leaves_no_process_behind(tmp_path, how: str) -> None:
    import signal
    import subprocess
    import sys
    import time

    store = tmp_path / "store"
    _load(store, "seeds", "tests/data/corpus")
    marker = f"--store={store}"
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", marker, "-q", slow, "--timeout", "120"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while len(_same_cmdline(marker)) < 2 and time.monotonic() < deadline:  # parent and query child
        time.sleep(0.05)
    assert len(_same_cmdline(marker)) >= 2, "the query child never started"
    proc.send_signal(getattr(signal, how))
    proc.wait(timeout=10)
    deadline = time.monotonic() + 5
    while _same_cmdline(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _same_cmdline(marker) == []


def test_drop_finds_the_article_under_any_spelling_of_its_url(tmp_path) -> None:
    store = tmp_path / "store"
    for url in ("http://cn.nytimes.com/china/20220616/putin-xi-china-russia",
                "https://cn.nytimes.com/china/20220616/putin-xi-china-russia"):
        _load(store, str(SEEDS[0]))
        assert run("store", "drop", url, "--store", str(store)).exit_code == 0, url
