"""Every format round-trips through two independent parsers, and output is deterministic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg.pipeline import BuildOptions, build
from kg.serialize import GraphWriter, format_for
from kg.terms import to_rdflib
from tests.conftest import CORPUS, ROOT

EXT = {"turtle": "ttl", "json-ld": "jsonld", "nt": "nt", "nquads": "nq", "trig": "trig"}
INPUTS = ["seeds", "tests/data/corpus"]


def _write(tmp_path: Path, fmt: str, inputs=INPUTS) -> Path:
    out = tmp_path / f"graph.{EXT[fmt]}"
    with GraphWriter(out, fmt, "https://kg.example.org/") as writer:
        build(inputs, [writer])
    return out


@pytest.fixture(scope="module")
def union(tmp_path_factory) -> Graph:
    path = _write(tmp_path_factory.mktemp("u"), "nt")
    return Graph().parse(path, format="nt")


@pytest.fixture(scope="module")
def quads(tmp_path_factory) -> Dataset:
    path = _write(tmp_path_factory.mktemp("q"), "nquads")
    return Dataset().parse(path, format="nquads")


def _ox_triples(path: Path, fmt: ox.RdfFormat) -> Graph:
    """Parse with Oxigraph, then bring the triples over (graph names dropped) for comparison."""
    g = Graph()
    for q in ox.parse(path=str(path), format=fmt):
        g.add(tuple(to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    return g


def same_graph(a: Graph, b: Graph) -> bool:
    """Isomorphism, with language tags compared case-insensitively as BCP 47 says (Oxigraph and
    PyLD write them in lower case; rdflib's canonical hashing would count zh-Hans != zh-hans)."""
    return isomorphic(_lower_tags(a), _lower_tags(b))


def _lower_tags(g: Graph) -> Graph:
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_triple_formats_round_trip(fmt, tmp_path, union) -> None:
    path = _write(tmp_path, fmt)
    rdflib_fmt = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld"}[fmt]
    assert same_graph(Graph().parse(path, format=rdflib_fmt), union)
    ox_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
              "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    assert same_graph(_ox_triples(path, ox_fmt), union)


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_quad_formats_round_trip_and_keep_article_graphs(fmt, tmp_path, quads, union) -> None:
    path = _write(tmp_path, fmt)
    ds = Dataset().parse(path, format=fmt)
    names = {g.identifier for g in quads.graphs() if len(g)}
    assert {g.identifier for g in ds.graphs() if len(g)} == names
    for name in names:
        assert same_graph(ds.graph(name), quads.graph(name))
    ox_fmt = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
    parsed = list(ox.parse(path=str(path), format=ox_fmt))
    assert {q.graph_name.value for q in parsed} == {str(n) for n in names}
    assert same_graph(_ox_triples(path, ox_fmt), union)
    # One named graph per article that was built (the corpus has 12, the seeds 2).
    assert len(names) == 2 + len(CORPUS)


def test_json_ld_is_compact_readable_and_offline(tmp_path) -> None:
    path = _write(tmp_path, "json-ld", ["seeds"])
    text = path.read_text("utf-8")
    assert "习近平普京再通电话" in text and "\\u" not in text
    doc = json.loads(text)
    assert isinstance(doc["@context"], dict)  # inline: nothing to fetch
    assert len(doc["@graph"]) == 2  # one object per article
    first = doc["@graph"][0]
    assert first["mainEntity"]["headline"] == {"zh-Hans": "习近平普京再通电话，提出深化中俄合作"}
    author = first["mainEntity"]["author"]
    assert author["@type"] == "Person" and author["name"]["en"] == "Chris Buckley"


@pytest.mark.parametrize("fmt", list(EXT))
def test_output_is_byte_identical_across_runs(fmt, tmp_path) -> None:
    """Two processes with different hash seeds write the same bytes."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed / f"g.{EXT[fmt]}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "build", *INPUTS, "-o", str(out), "-q", "--no-store"],
                       cwd=ROOT, env=env, check=False, capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 1000


def test_failed_write_leaves_no_partial_file(tmp_path) -> None:
    target = tmp_path / "graph.nq"
    target.write_text("previous\n")
    with pytest.raises(RuntimeError), GraphWriter(target, "nquads", "https://kg.example.org/") as w:
        build(["seeds"], [w])
        raise RuntimeError("crash in the middle")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nq"]


@pytest.mark.parametrize(("path", "explicit", "fmt"), [
    ("a.ttl", None, "turtle"), ("a.jsonld", None, "json-ld"), ("a.nq", None, "nquads"),
    ("a.trig", None, "trig"), ("a.nt", None, "nt"), ("a.out", "nq", "nquads"),
])
def test_format_choice(path, explicit, fmt) -> None:
    assert format_for(path, explicit) == fmt


@pytest.mark.parametrize("fmt", list(EXT))
def test_worker_processes_write_the_same_bytes(fmt, tmp_path) -> None:
    """Every format is rendered in the workers, article by article, and comes out the same."""
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.{EXT[fmt]}"
        options = BuildOptions(batch_size=3, workers=workers)  # several chunks, so a real pool
        with GraphWriter(out, fmt, "https://kg.example.org/") as writer:
            summary = build(INPUTS, [writer], options)
        assert summary.built == 2 + len(CORPUS)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


@pytest.mark.parametrize("fmt", list(EXT))
def test_every_format_streams_each_article_as_it_comes(fmt, tmp_path, built) -> None:
    """Each article is on disk (in the temporary file) as soon as it is added: nothing waits for
    close(), so memory does not grow with the build."""
    from kg.render import article_part

    out = tmp_path / f"g.{EXT[fmt]}"
    sizes = []
    with GraphWriter(out, fmt, "https://kg.example.org/") as writer:
        for b in built:
            part = article_part(fmt, b.report.graph, b.lines, "https://kg.example.org/")
            writer.add_part(part, len(b.lines))
            (tmp,) = tmp_path.glob(f".g.{EXT[fmt]}.*.part")
            sizes.append(tmp.stat().st_size)
            assert part in tmp.read_bytes()
    assert sizes == sorted(sizes) and len(set(sizes)) == len(built)
    assert writer.triples == sum(len(b.lines) for b in built)


def test_streamed_triples_are_the_union_of_the_article_graphs(tmp_path, quads) -> None:
    """A node several articles describe is written in each of their parts; read back, the Turtle
    file is exactly the union of the named graphs the N-Quads file keeps apart."""
    union_of_graphs = Graph()
    for g in quads.graphs():
        union_of_graphs += g
    path = _write(tmp_path, "turtle")
    assert same_graph(Graph().parse(path, format="turtle"), union_of_graphs)
    assert path.read_text("utf-8").count("\norganization:nytimes-chinese a ") > 1  # described per article


@pytest.mark.parametrize(("tag", "cased"), [("zh-hans", "zh-Hans"), ("ZH-HANT", "zh-Hant"), ("en", "en"),
                                             ("en-us", "en-US"), ("zh-hans-cn", "zh-Hans-CN")])
def test_language_tags_in_json_ld_are_cased_as_bcp47_recommends(tag: str, cased: str) -> None:
    from kg.terms import bcp47_case

    assert bcp47_case(tag) == cased


def test_workers_send_lines_only_to_sinks_that_take_lines(tmp_path) -> None:
    """A build into files only ships each article's rendered part from the worker, not its lines
    too; the statement count is the same either way."""
    from kg.pipeline import build_sources
    from kg.reading.sources import expand

    sources = expand(["seeds"])
    lean = build_sources(sources, BuildOptions(), parts=("nquads",), keep_lines=False)
    full = build_sources(sources, BuildOptions(), parts=("nquads",))
    assert [b.lines for b in lean] == [(), ()]
    assert [b.statements for b in lean] == [len(b.lines) for b in full] and all(b.statements for b in lean)
    assert [b.parts for b in lean] == [b.parts for b in full]
    with GraphWriter(tmp_path / "g.nq", "nquads", "https://kg.example.org/") as writer:
        summary = build(["seeds"], [writer])
    assert writer.triples == summary.triples == sum(len(b.lines) for b in full)
