"""The CLI through click's runner: exit codes, messages, formats, the example queries."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_nq(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "seeds.nq"
    result = CliRunner().invoke(main, ["build", "seeds", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_prints_where_and_summary(tmp_path) -> None:
    out = tmp_path / "g.ttl"
    result = run("build", "seeds", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"wrote {out} (turtle)" in result.output
    assert "articles: 2 built, 0 failed, 0 with SHACL violations" in result.output
    assert "entities:" in result.output and "Person" in result.output
    assert out.read_text("utf-8").startswith("@prefix")


def test_build_format_option_overrides_extension(tmp_path) -> None:
    out = tmp_path / "g.out"
    assert run("build", "seeds", "-o", str(out), "--format", "nq").exit_code == 0
    assert "<https://kg.example.org/graph/" in out.read_text("utf-8").splitlines()[0]


def test_build_base_moves_every_minted_iri(tmp_path) -> None:
    out = tmp_path / "g.nt"
    assert run("build", "seeds", "-o", str(out), "--base", "https://data.example.com/news/").exit_code == 0
    text = out.read_text("utf-8")
    assert "https://data.example.com/news/person/chris-buckley" in text
    assert "https://kg.example.org/person/" not in text


def test_build_from_stdin(tmp_path) -> None:
    out = tmp_path / "g.ttl"
    data = (ROOT / "seeds" / "000_f72b604293d7eff6.txt").read_bytes()
    result = run("build", "-", "-o", str(out), input=data)
    assert result.exit_code == 0, result.output
    assert '"-"' in out.read_text("utf-8")  # kg:sourcePath of standard input


def test_build_glob_and_feeds(tmp_path) -> None:
    out = tmp_path / "g.nq"
    result = run("build", "tests/data/feeds/*.rss", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "articles: 3 built" in result.output
    assert "sample.rss#1" in out.read_text("utf-8")


def test_usage_errors_exit_2(tmp_path) -> None:
    assert run("build", "no/such/dir", "-o", str(tmp_path / "g.ttl")).exit_code == 2
    result = run("build", "seeds", "-o", str(tmp_path / "g.unknown"))
    assert result.exit_code == 2 and "cannot tell the format" in result.output
    result = run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--source-tz", "Mars/Olympus")
    assert result.exit_code == 2 and "unknown timezone" in result.output
    result = run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--base", "not an iri")
    assert result.exit_code == 2 and "base" in result.output
    assert run("query", str(ROOT / "tests/golden/000_f72b604293d7eff6.ttl")).exit_code == 2


def test_validate_exit_codes(seed_nq, tmp_path) -> None:
    ok = run("validate", str(seed_nq))
    assert ok.exit_code == 0 and "conforms" in ok.output
    bad = run("validate", str(ROOT / "tests/shapes/person.fail.ttl"))
    assert bad.exit_code == 1
    assert "Violation: https://kg.example.org/p schema:name: A person needs" in bad.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix : <x> . :a :b", "utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 2 and "broken.ttl: not valid RDF" in result.output
    result = run("query", str(broken), "-q", "ASK {}")
    assert result.exit_code == 2 and "broken.ttl: not valid RDF" in result.output


def test_query_formats(seed_nq) -> None:
    q = "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h } ORDER BY ?h"
    rows = list(csv.reader(io.StringIO(run("query", str(seed_nq), "-q", q, "--format", "csv").output)))
    assert rows == [["h"], ["习近平普京再通电话，提出深化中俄合作"], ["避谈分歧，中俄两国同意深化军事合作"]]
    tsv = run("query", str(seed_nq), "-q", q, "--format", "tsv").output
    assert tsv.splitlines()[0] == "?h"
    doc = json.loads(run("query", str(seed_nq), "-q", q, "--format", "json").output)
    assert len(doc["results"]["bindings"]) == 2
    table = run("query", str(seed_nq), "-q", q, "--format", "table").output
    assert "习近平普京再通电话" in table and "2 row(s)" in table
    ask = run("query", str(seed_nq), "-q", "ASK { ?a a <https://schema.org/NewsArticle> }",
              "--format", "json").output
    assert json.loads(ask)["boolean"] is True


def test_bad_query_gives_line_and_column(seed_nq) -> None:
    result = run("query", str(seed_nq), "-q", "SELECT ?x WHERE {\n  ?x a }")
    assert result.exit_code == 2
    assert "bad query at line 2, column" in result.output


def test_every_command_help_has_an_example() -> None:
    from kg.cli import main as group

    commands = [[name] for name in group.commands if name != "store"]
    commands += [["store", name] for name in group.commands["store"].commands]
    # build, validate, query, push, mentions, evaluate, publish, serve; store stats, load, export,
    # drop, repair
    assert len(commands) == 13
    for command in [[], ["store"], *commands]:
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Example" in result.output, command


# Each example query, and what it must answer on the seed graph.
EXPECTED = {
    "articles_by_author.rq": lambda rows: [r["author"] for r in rows] == [
        "Austin Ramzy", "Ivan Nechepurenko", "Chris Buckley"],
    "cited_sites.rq": lambda rows: rows[0] == {"site": "https://cn.nytimes.com/", "citations": "2"}
    and len(rows) == 5,
    "translations.rq": lambda rows: len(rows) == 2 and all(
        r["translator"] == "纽约时报中文网" and r["original"].startswith("https://www.nytimes.com/")
        for r in rows),
    "authors_and_employers.rq": lambda rows: [(r["nameEn"], r["nameZh"], r["jobTitle"]) for r in rows]
    == [("Austin Ramzy", "王霜舟", "驻香港记者"), ("Chris Buckley", "储百亮", "首席中国记者"),
        ("Ivan Nechepurenko", "", "")]
    and {r["employer"] for r in rows} == {"The New York Times"},
    "photographers.rq": lambda rows: [r["photographer"] for r in rows] == [
        "Alexei Druzhinin", "Sergei Bobylev"],
    "most_mentioned.rq": lambda rows: {(r["name"], r["articles"]) for r in rows[:8]} >= {
        ("习近平", "2"), ("弗拉基米尔·普京", "2"), ("中国", "2")}
    and any(r["name"] == "中国" and r["sameAs"] == "http://www.wikidata.org/entity/Q148" for r in rows),
    "events.rq": lambda rows: {(r["name"], r["start"], r["end"], r["place"]) for r in rows} >= {
        ("习近平与普京通电话", "2022-06-15", "", ""), ("北约峰会", "2022-06-21", "2022-06-30", ""),
        ("尼古拉·帕特鲁舍夫与杨洁篪会晤", "2022-09-19", "", "福建省")}
    and {r["role"] for r in rows if r["name"] == "习近平与普京通电话"} == {"about"},
    "mention_evidence.rq": lambda rows: len(rows) == 2 and all(
        r["person"] == "杨洁篪" and r["words"] == "杨洁篪" and r["words"] in r["sentence"]
        and int(r["end"]) - int(r["begin"]) == len(r["words"]) for r in rows),
    "article_provenance.rq": lambda rows: [r["source"] for r in rows] == [
        "seeds/000_f72b604293d7eff6.txt", "seeds/001_2206a50e3245df71.txt"]
    and rows[0]["feedItemPublished"] == "2022-06-16T02:07:01Z",
}


def test_query_library_is_covered() -> None:
    assert {q.name for q in QUERIES} == {*EXPECTED, "articles_without_image.rq", "author_cards.rq"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_select_queries(seed_nq, name: str) -> None:
    result = run("query", str(seed_nq), "-f", str(ROOT / "queries" / name), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert EXPECTED[name](rows), rows


def test_example_ask_query(seed_nq) -> None:
    result = run("query", str(seed_nq), "-f", str(ROOT / "queries/articles_without_image.rq"),
                 "--format", "json")
    assert json.loads(result.output)["boolean"] is False


def test_example_construct_query(seed_nq) -> None:
    from rdflib import Graph, Literal, URIRef

    result = run("query", str(seed_nq), "-f", str(ROOT / "queries/author_cards.rq"))
    g = Graph().parse(data=result.output, format="turtle")
    buckley = URIRef("https://kg.example.org/person/chris-buckley")
    assert (buckley, URIRef("https://schema.org/name"), Literal("Chris Buckley", lang="en")) in g
    assert len(set(g.subjects())) == 3


def test_progress_bar_only_on_a_terminal(monkeypatch, tmp_path) -> None:
    from rich.console import Console

    import kg.cli.common

    plain = run("build", "seeds", "-o", str(tmp_path / "a.nq"))
    assert "building" not in plain.output  # not a terminal: no bar
    screen = io.StringIO()
    monkeypatch.setattr(kg.cli.common, "err", Console(file=screen, force_terminal=True, width=100))
    result = run("build", "seeds", "-o", str(tmp_path / "b.nq"))
    assert result.exit_code == 0
    assert "building" in screen.getvalue() and "2/2" in screen.getvalue()


def test_query_refusals_name_the_reason(seed_nq, tmp_path) -> None:
    service = run("query", str(seed_nq), "-q", "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }")
    assert service.exit_code == 2 and "SERVICE clauses are refused" in service.output
    # The word in a string or comment is not a clause.
    ok = run("query", str(seed_nq), "-q", "# SERVICE\nASK { FILTER(\"SERVICE\" != \"\") }", "--format", "json")
    assert ok.exit_code == 0
    bad = tmp_path / "q.rq"
    bad.write_bytes(b"SELECT \xff")
    result = run("query", str(seed_nq), "-f", str(bad))
    assert result.exit_code == 2 and "q.rq: the query file is not UTF-8" in result.output
    construct = run("query", str(seed_nq), "-q", "CONSTRUCT WHERE { ?s a ?t }", "--format", "csv")
    assert construct.exit_code == 2 and "is a graph" in construct.output


def test_validate_never_fetches_a_remote_context(tmp_path) -> None:
    doc = tmp_path / "remote.jsonld"
    doc.write_text('{"@context": "https://schema.org/", "@type": "Person", "name": "x"}', "utf-8")
    result = run("validate", str(doc))
    assert result.exit_code == 2 and "remote.jsonld" in result.output


@pytest.mark.parametrize(("sparql", "refused"), [
    ("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { service silent <http://x/sparql> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { OPTIONAL { <http://a/#x> ?p ?o } SERVICE <http://127.0.0.1:9/s> { ?a ?b ?c } }", True),
    ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", True),
    ("PREFIX e: <http://e/> SELECT * WHERE { SERVICE e:ep { ?s ?p ?o } }", True),
    ("SELECT ?service WHERE { ?service ?p ?o }", False),
    ("SELECT * WHERE { ?x a <https://schema.org/Service> }", False),
    ("PREFIX schema: <https://schema.org/> SELECT * WHERE { ?x a schema:Service }", False),
    ('# SERVICE <http://x>\nASK { FILTER("SERVICE <http://x>" != "") }', False),
    ("ASK { FILTER('''a\nSERVICE <http://x> {''' != '') }", False),
])
def test_service_clauses_and_only_those_are_refused(sparql: str, refused: bool) -> None:
    from kg.errors import UsageError
    from kg.query import refuse_service

    if refused:
        with pytest.raises(UsageError, match="SERVICE clauses are refused"):
            refuse_service(sparql)
    else:
        refuse_service(sparql)
