"""kg mentions and kg evaluate through the CLI, and what the built graph says about entities."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import DATA

GOLD = DATA / "seeds.gold.json"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory) -> tuple[ox.Store, str]:
    out = tmp_path_factory.mktemp("entities") / "seeds.nq"
    assert run("build", "seeds", "-o", str(out), "--no-store", "-q").exit_code == 0
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    return store, str(out)


def test_mentions_prints_json_lines() -> None:
    text = "俄罗斯总统普京在莫斯科会见了杨洁篪。\n\n今天天气很好。\n習近平與普京通電話。\n"
    result = run("mentions", "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    lines = text.split("\n")
    for r in rows:
        assert set(r) == {"line", "start", "end", "text", "type", "id", "sameAs"}
        assert lines[r["line"] - 1][r["start"]:r["end"]] == r["text"]
        assert r["id"].startswith("https://kg.example.org/") and r["id"].isascii()
    assert {r["line"] for r in rows} == {1, 4}
    by_text = {r["text"]: r for r in rows}
    assert by_text["莫斯科"]["sameAs"] == ["https://sws.geonames.org/524901/"]
    assert by_text["俄罗斯"]["type"] == "Place" and "http://www.wikidata.org/entity/Q159" in by_text["俄罗斯"]["sameAs"]
    assert by_text["習近平"]["type"] == "Person"
    putins = [r["id"] for r in rows if r["text"] == "普京"]
    assert len(putins) == 2 and len(set(putins)) == 1  # one IRI, however often and wherever


def test_mentions_ids_are_the_graph_ids(seed_store) -> None:
    store, _ = seed_store
    result = run("mentions", "-", input="俄罗斯联邦安全会议秘书尼古拉·帕特鲁舍夫在福建会见了王小洪。".encode())
    ids = {json.loads(line)["id"] for line in result.output.splitlines()}
    mentioned = {r["e"].value for r in store.query(
        "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?a <https://schema.org/mentions> ?e } }")}
    assert len(ids) == 5 and ids <= mentioned  # 俄罗斯联邦 opens the council's name: Russia is mentioned


def test_mentions_reports_bad_bytes_and_bad_gazetteers(tmp_path) -> None:
    result = run("mentions", "-", input="普京\n".encode() + b"\xff\xfe\n" + "莫斯科\n".encode())
    assert result.exit_code == 1 and "line 2 is not UTF-8" in result.output
    assert '"text": "莫斯科"' in result.output  # the lines after a bad one are still read
    bad = tmp_path / "mine.tsv"
    bad.write_text("kind\tname_zh\nPerson\t张三\nMonster\t怪兽\n", "utf-8")
    result = run("mentions", "-", "--gazetteer", str(bad), input="张三")
    assert result.exit_code == 2 and f"{bad}: line 3" in result.output
    result = run("build", "seeds", "-o", str(tmp_path / "g.ttl"), "--no-store", "--gazetteer", str(bad))
    assert result.exit_code == 2 and "line 3" in result.output


def test_evaluate_on_the_seeds_meets_the_targets() -> None:
    result = run("evaluate", "--gold", str(GOLD), "seeds", "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    for type_ in ("Person", "Place", "Organization"):
        s = scores["types"][type_]
        assert s["recall"] == 1.0 and s["precision"] >= 0.95, (type_, s, scores["falseHits"])
    assert scores["absentArticles"] == []


def test_evaluate_reads_graph_files_and_lists_misses(seed_store, tmp_path) -> None:
    _, nq = seed_store
    gold = json.loads(GOLD.read_text("utf-8"))
    first = next(iter(gold["articles"].values()))
    first["persons"].append({"name": "无名氏"})  # a miss
    first["places"] = [p for p in first["places"] if p["name"] != "中欧"]  # so 中欧 is a false hit
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    result = run("evaluate", "--gold", str(path), nq)
    assert result.exit_code == 0
    assert "missed:" in result.output and "Person  无名氏" in result.output
    assert "false hits:" in result.output and "Place  中欧" in result.output
    assert run("evaluate", "--gold", str(path), nq, "--min-f1", "0.999").exit_code == 1


def test_evaluate_scores_only_what_the_gold_lists(seed_store, tmp_path) -> None:
    """A gold that lists only persons scores only persons: its silence on places, organizations
    and events is not a claim that there are none."""
    _, nq = seed_store
    gold = json.loads(GOLD.read_text("utf-8"))
    for article in gold["articles"].values():
        for key in ("places", "organizations", "events"):
            article.pop(key, None)
    path = tmp_path / "persons.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    scores = json.loads(run("evaluate", "--gold", str(path), nq, "--json").output)
    assert set(scores["types"]) == {"Person"} and scores["falseHits"] == []
    assert scores["overall"]["f1"] == scores["types"]["Person"]["f1"] == 1.0


def test_evaluate_usage_errors(seed_store, tmp_path) -> None:
    _, nq = seed_store
    assert run("evaluate", "--gold", str(GOLD), nq, "seeds").exit_code == 2  # graphs and articles mixed
    bad = tmp_path / "gold.json"
    bad.write_text('{"articles": {"x": {}}}', "utf-8")
    result = run("evaluate", "--gold", str(bad), nq)
    assert result.exit_code == 2 and "url" in result.output


def test_same_people_in_two_articles_are_one_node(seed_store) -> None:
    store, _ = seed_store
    rows = list(store.query("""
        PREFIX schema: <https://schema.org/>
        SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {
          GRAPH ?g { ?a a schema:NewsArticle ; schema:mentions ?e . ?e a schema:Person . } }
        GROUP BY ?e HAVING (COUNT(DISTINCT ?a) = 2)"""))
    assert {r["e"].value for r in rows} == {"https://kg.example.org/person/xi-jinping",
                                            "https://kg.example.org/person/vladimir-putin"}


def test_every_mention_points_at_its_words(seed_store) -> None:
    """The evidence checks out: the offsets cut the mention's words out of the paragraph."""
    store, _ = seed_store
    prefix = """PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                PREFIX schema: <https://schema.org/>"""
    total = next(iter(store.query(prefix + """SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g {
        ?m a nif:Phrase ; itsrdf:taIdentRef ?e ; nif:anchorOf ?w ; nif:beginIndex ?b ; nif:endIndex ?z ;
           nif:referenceContext/nif:isString ?text ; nif:sentence/nif:anchorOf ?s .
        FILTER(STR(?w) = SUBSTR(STR(?text), ?b + 1, ?z - ?b) && CONTAINS(STR(?s), STR(?w)))
        ?a schema:mentions|schema:about ?e . ?m nif:referenceContext/nif:sourceUrl ?a } }""")))["n"]
    phrases = next(iter(store.query(prefix + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m a nif:Phrase } }")))["n"]
    assert int(total.value) == int(phrases.value) > 50


@pytest.mark.parametrize("pattern", [
    """?putin schema:name "弗拉基米尔·普京"@zh-Hans ; schema:jobTitle "总统"@zh-Hans ; schema:nationality ?ru .
       ?ru a schema:Country ; schema:sameAs <http://www.wikidata.org/entity/Q159> .""",
    """?lavrov schema:name "谢尔盖·拉夫罗夫"@zh-Hans ; schema:affiliation ?mfa .
       ?mfa a schema:GovernmentOrganization ; schema:name "俄罗斯外交部"@zh-Hans ; schema:location ?ru .
       ?ru schema:sameAs <http://www.wikidata.org/entity/Q159> .""",
    """?heihe schema:sameAs <https://sws.geonames.org/2036973/> ; schema:containedInPlace ?cn ; schema:geo ?geo .
       ?cn schema:sameAs <http://www.wikidata.org/entity/Q148> . ?geo schema:latitude ?lat .""",
    """?fujian a schema:AdministrativeArea ; schema:alternateName "福建"@zh-Hans ; schema:containedInPlace ?cn .
       ?cn schema:sameAs <http://www.wikidata.org/entity/Q148> .""",
])
def test_roles_and_links_in_the_graph(seed_store, pattern: str) -> None:
    store, _ = seed_store
    assert store.query(f"PREFIX schema: <https://schema.org/> ASK {{ GRAPH ?g {{ {pattern} }} }}"), pattern
