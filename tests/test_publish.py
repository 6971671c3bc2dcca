"""kg publish: a static linked-data site, one page per resource in three formats, indexes, VoID,
dumps and a sitemap. (kg serve, nginx and a browser have test files of their own.)"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.iris import DEFAULT_BASE
from kg.query import load
from kg.website.site import publish

RESOURCE_DIRS = ("article", "event", "person", "place", "organization", "image")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, ox.Store]:
    tmp = tmp_path_factory.mktemp("publish")
    assert run("build", "seeds", "-o", str(tmp / "g.nq"), "--no-store", "-q").exit_code == 0
    out = tmp / "site"
    result = run("publish", str(out), str(tmp / "g.nq"), "--license", "https://creativecommons.org/licenses/by/4.0/")
    assert result.exit_code == 0 and "pages" in result.output, result.output
    return out, load([tmp / "g.nq"])


def _tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_every_resource_in_three_formats(site) -> None:
    out, _ = site
    pages = [p for d in RESOURCE_DIRS for p in (out / d).glob("*.html")]
    assert {p.parent.name for p in pages} == set(RESOURCE_DIRS)
    for page in pages:
        assert page.with_suffix(".ttl").exists() and page.with_suffix(".jsonld").exists()
        assert page.stat().st_size < 100 * 1024
    assert (out / "person" / "vladimir-putin.html").exists()


def test_the_json_ld_file_is_the_turtle(site) -> None:
    out, _ = site
    for page in [out / "person" / "vladimir-putin.html", *sorted((out / "article").glob("*.html"))]:
        from_ttl = Graph().parse(page.with_suffix(".ttl"), format="turtle")
        from_file = Graph().parse(page.with_suffix(".jsonld"), format="json-ld")
        assert len(from_ttl) > 3 and isomorphic(from_file, from_ttl)


SCHEMA_ORG = Path(__file__).parent / "data" / "schemaorg" / "schemaorgcontext.jsonld"
S = "http://schema.org/"  # schema.org's own context expands to http: names


def _schema_org_only(url: str, options: object = None) -> dict:
    """A document loader that knows schema.org's context, from disk, and nothing else."""
    from pyld import jsonld

    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads(SCHEMA_ORG.read_text("utf-8"))}
    raise jsonld.JsonLdError(f"no fetching: {url}", "jsonld.LoadDocumentError", code="loading document failed")


def _embedded(page: Path) -> dict:
    (text,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text("utf-8"), re.S)
    return json.loads(text)


def test_embedded_json_ld_is_what_schema_org_consumers_read(site) -> None:
    """Expanded with schema.org's own context (release 30.0), as a search engine reads it: a
    NewsArticle with a plain headline, its date, authors with names, an image with a URL."""
    from pyld import jsonld

    out, _ = site
    docs = [_embedded(p) for p in sorted((out / "article").glob("*.html"))]
    assert len(docs) == 2  # every article page; articles only cited link to the web, with no page
    for doc in docs:
        assert doc["@context"] == "https://schema.org" and doc["@type"] == "NewsArticle"
        assert isinstance(doc["headline"], str) and doc["headline"]
        (node,) = [n for n in jsonld.expand(doc, {"documentLoader": _schema_org_only}) if n["@id"] == doc["@id"]]
        assert node["@type"] == [S + "NewsArticle"]
        assert node[S + "headline"][0]["@value"] == doc["headline"]
        assert node[S + "datePublished"][0]["@value"].startswith("2022-")
        authors = node[S + "author"]
        assert authors and all(S + "Person" in a["@type"] and a[S + "name"][0]["@value"] for a in authors)
        (image,) = node[S + "image"]
        assert image[S + "url"][0]["@id"].startswith("https://static01.nyt.com/")
        assert node[S + "publisher"][0][S + "name"][0]["@value"] == "纽约时报中文网"
        assert len(node[S + "mentions"]) > 5 and node[S + "about"]
        # Nothing becomes a made-up property (a language map read as schema:zh-Hans, say).
        quads = jsonld.to_rdf(doc, {"documentLoader": _schema_org_only, "format": "application/n-quads"})
        predicates = {line.split(" ")[1] for line in quads.splitlines() if line}
        assert all(p.startswith(f"<{S}") or p.endswith("rdf-syntax-ns#type>") for p in predicates)
        assert not any("zh-" in p.lower() for p in predicates)
    person = _embedded(out / "person" / "vladimir-putin.html")
    assert person["@type"] == "Person" and person["name"] == "弗拉基米尔·普京"
    assert "Vladimir Putin" in person["alternateName"] and person["jobTitle"] == "总统"
    russia = _embedded(out / "place" / "wikidata-Q159.html")
    assert russia["@type"] == "Country" and "http://www.wikidata.org/entity/Q159" in russia["sameAs"]


def test_pages_link_names_and_list_mentions_newest_first(site) -> None:
    out, _ = site
    html = (out / "person" / "vladimir-putin.html").read_text("utf-8")
    assert '<a href="../place/wikidata-Q159.html">俄罗斯</a>' in html
    mentioned = html.split("Mentioned in")[1].split("</section>")[0]
    dates = re.findall(r'class="date">([^<]+)<', mentioned)
    assert len(dates) == 2 and dates == sorted(dates, reverse=True)
    article = next((out / "article").glob("putin-xi-china-russia-*.html")).read_text("utf-8")
    assert "习近平普京再通电话" in article and "<img src=" in article and "Pool photo" in article
    sites = article.split("Sites cited")[1].split("</section>")[0]
    assert "纽约时报中文网" in sites and "fmprc.gov.cn" in sites and "globaltimes.cn" in sites


def test_indexes_search_void_dumps_sitemap(site) -> None:
    out, store = site
    home = (out / "index.html").read_text("utf-8")
    assert re.search(r'index/person-1.html">人物 People</a> 11', home)
    assert "vladimir-putin.html" in (out / "index" / "person-1.html").read_text("utf-8")
    search = json.loads((out / "search.json").read_text("utf-8"))
    assert ["弗拉基米尔·普京", "person/vladimir-putin", "person"] in search
    void = Graph().parse(out / "void.ttl", format="turtle")
    triples = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    q = "SELECT ?n WHERE { ?d <http://rdfs.org/ns/void#triples> ?n }"
    assert [int(r[0]) for r in void.query(q)] == [triples]
    assert "creativecommons.org/licenses/by/4.0" in (out / "void.ttl").read_text("utf-8")
    quads = list(ox.parse(gzip.decompress((out / "dump.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS))
    assert len({q.triple for q in quads}) == triples
    sitemap = (out / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{DEFAULT_BASE}person/vladimir-putin</loc>" in sitemap


def test_text_is_escaped(tmp_path) -> None:
    ttl = tmp_path / "x.ttl"
    ttl.write_text(f"""@prefix schema: <https://schema.org/> .
@prefix kg: <https://kg.example.org/ns#> .
<{DEFAULT_BASE}person/x> a schema:Person ; schema:name "<script>alert(1)</script> & </script>"@en ;
    schema:sameAs <javascript:alert(3)> .
<{DEFAULT_BASE}graph/a> a kg:ArticleGraph ; schema:mainEntity <{DEFAULT_BASE}article/a> .
<{DEFAULT_BASE}article/a> a schema:NewsArticle ; schema:headline "<script>alert(2)</script>"@zh-Hans ;
    schema:mentions <{DEFAULT_BASE}person/x> .
""", "utf-8")
    out = tmp_path / "site"
    publish(load([ttl]), out, DEFAULT_BASE)
    for page, n in (("person/x.html", 1), ("article/a.html", 2)):
        html = (out / page).read_text("utf-8")
        assert "<script>alert" not in html and f"&lt;script&gt;alert({n})&lt;/script&gt;" in html
        (embedded,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert "\\u003cscript>" in embedded and json.loads(embedded)
    assert "<script>alert" not in (out / "index" / "article-1.html").read_text("utf-8")
    assert 'href="javascript:' not in (out / "person" / "x.html").read_text("utf-8")


def test_the_same_store_gives_the_same_site(site, tmp_path) -> None:
    out, store = site
    again = tmp_path / "again"
    publish(store, again, DEFAULT_BASE, license_iri="https://creativecommons.org/licenses/by/4.0/")
    assert _tree(again) == _tree(out)


def test_long_lists_go_on_pages_of_their_own(site, tmp_path, monkeypatch) -> None:
    import kg.website.site as site_module

    _, store = site
    monkeypatch.setattr(site_module, "SECTION_PAGE", 1)
    publish(store, tmp_path / "s", DEFAULT_BASE)
    page = (tmp_path / "s" / "person" / "vladimir-putin.html").read_text("utf-8")
    assert "Mentioned in (2)" in page and 'href="vladimir-putin-mentioned-2.html"' in page
    more = (tmp_path / "s" / "person" / "vladimir-putin-mentioned-2.html").read_text("utf-8")
    assert more.count('<li><a href="../article/') == 1 and 'href="vladimir-putin.html"' in more


def test_article_page_draws_its_neighbourhood(site) -> None:
    from xml.etree import ElementTree

    out, _ = site
    html = next((out / "article").glob("putin-xi-china-russia-*.html")).read_text("utf-8")
    (svg,) = re.findall(r"<svg .*?</svg>", html, re.S)
    root = ElementTree.fromstring(svg)  # well-formed XML
    ns = {"s": "http://www.w3.org/2000/svg"}
    links = [a.get("href") for a in root.iter("{http://www.w3.org/2000/svg}a")]
    assert "../person/vladimir-putin.html" in links and "../place/wikidata-Q148.html" in links
    assert len(root.findall(".//s:circle", ns)) == len(links) + 1 <= 25


def test_neighbourhood_labels_are_escaped() -> None:
    from kg.website.svg import neighbourhood

    svg = str(neighbourhood("<b>x</b>", [("person", "<script>alert(1)</script>", "p.html?a=1&b=2")]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and 'href="p.html?a=1&amp;b=2"' in svg


def test_paths_never_leave_the_site_and_a_base_without_slash_works(tmp_path) -> None:
    nq = tmp_path / "x.nq"
    person = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person>"
    nq.write_text("".join(f"<{DEFAULT_BASE}{path}> {person} <{DEFAULT_BASE}graph/g> .\n"
                          for path in ("person/../../evil", "/abs/path", "person/ok")), "utf-8")
    out = tmp_path / "deep" / "site"
    report = publish(load([nq]), out, DEFAULT_BASE.rstrip("/"))
    assert report.by_kind == {"person": 1} and (out / "person" / "ok.html").exists()
    assert not list(tmp_path.glob("evil*")) and not (tmp_path / "deep" / "evil.html").exists()


def test_out_dir_is_replaced_only_when_it_is_a_site(tmp_path) -> None:
    nq = tmp_path / "g.nq"
    assert run("build", "seeds", "-o", str(nq), "--no-store", "-q").exit_code == 0
    out = tmp_path / "out"
    assert run("publish", str(out), str(nq)).exit_code == 0
    assert run("publish", str(out), str(nq)).exit_code == 0  # its own site: replaced
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", "utf-8")
    result = run("publish", str(other), str(nq))
    assert result.exit_code == 2 and "not a site kg published" in result.output
    assert (other / "notes.txt").read_text("utf-8") == "keep me"
    result = run("publish", str(tmp_path), str(nq))  # the input lies inside
    assert result.exit_code == 2 and "would delete it" in result.output
    (tmp_path / "link").symlink_to(out)
    assert run("publish", str(tmp_path / "link"), str(nq)).exit_code == 2


def test_every_link_inside_the_site_finds_its_page(site) -> None:
    """No link points where no page is: a resource without a page of its own (a cited web page, an
    article only cited) links to its URL on the web, or nowhere. Links to IRIs under the base (a
    page's own IRI) must be pages the site has, as they are once it is served at the base."""
    from html.parser import HTMLParser

    out, _ = site

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.hrefs += [v for k, v in attrs if k in ("href", "src") and v]

    checked = 0
    for page in sorted(out.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text("utf-8"))
        for href in parser.hrefs:
            if href.startswith(DEFAULT_BASE):
                target = out / (href.removeprefix(DEFAULT_BASE).split("#")[0] + ".html")
            elif href.startswith(("http://", "https://", "mailto:")):
                continue
            else:
                target = (page.parent / href.split("#")[0].split("?")[0]).resolve()
            assert target.is_file() or (target / "index.html").is_file(), f"{page.relative_to(out)}: {href}"
            checked += 1
    assert checked > 500


def test_works_events_feature_get_pages(tmp_path) -> None:
    """A released film is a resource under the base like any other: its page names it."""
    item = Path(__file__).parent / "data" / "corpus" / "nyt_20250212_china-box-office-ne-zha-2.txt"
    store = tmp_path / "store"
    built = CliRunner().invoke(main, ["build", str(item), "-o", str(tmp_path / "g.nq"), "--store", str(store), "-q"])
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(main, ["publish", str(tmp_path / "site"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    pages = sorted((tmp_path / "site" / "work").glob("*.html"))
    assert any("战狼2" in p.read_text("utf-8") for p in pages), [p.name for p in pages]


def test_the_quicker_compaction_gives_pyld_s_own_answer(site) -> None:
    """Each resource's .jsonld is compacted by kg.jsonld's processor (no second expansion,
    remembered term choices): the same bytes as plain pyld's, for every resource of the seeds."""
    from pyld.jsonld import JsonLdProcessor

    from kg.jsonld import compact, context
    from kg.website.resources import collect, describe

    _, store = site
    resources = collect(store, DEFAULT_BASE)
    assert len(resources) > 50
    for r in resources:
        expanded = json.loads(ox.serialize(describe(store, r.iri), format=ox.RdfFormat.JSON_LD))
        assert expanded, r.iri
        quick = compact(json.loads(json.dumps(expanded)), context())
        plain = compact(expanded, context(), JsonLdProcessor())
        assert json.dumps(quick, sort_keys=True) == json.dumps(plain, sort_keys=True), r.iri


def test_entity_pages_are_cards_with_the_sentences_that_mention_them(site) -> None:
    out, _ = site
    html = (out / "person" / "vladimir-putin.html").read_text("utf-8")
    card = html.split('<dl class="card">')[1].split("</dl>")[0]
    assert "弗拉基米尔·普京" in card and "Vladimir Putin" in card and "总统" in card
    assert '<a href="../place/wikidata-Q159.html">俄罗斯</a>' in card  # nationality, linked
    mentioned = html.split("Mentioned in")[1].split("</section>")[0]
    quotes = re.findall(r"<q>([^<]+)</q>", mentioned)
    assert len(quotes) == 2 and all("普京" in q for q in quotes)  # a sentence of each article naming him
    beijing = (out / "place" / "geonames-1816670.html").read_text("utf-8")
    assert 'class="position"' in beijing and "GeoNames" in beijing  # drawn offline, linked out
    assert re.search(r"latitude and longitude: 39\.9\d*, 116\.\d+", beijing)
    assert "<details" in html and "table class=\"properties\"" in html  # the raw table stays, below


def test_the_home_page_lists_latest_articles_most_mentioned_and_a_timeline(site) -> None:
    out, _ = site
    html = (out / "index.html").read_text("utf-8")
    titles = ("最新文章 Latest articles", "最常提及的人物 People", "最常提及的地点 Places", "最近的事件 Recent events")
    assert all(title in html for title in titles)
    latest = html.split("最新文章 Latest articles")[1].split("</section>")[0]
    assert latest.count("<li>") == 2 and latest.index("避谈分歧") < latest.index("习近平普京再通电话")
    people = html.split("最常提及的人物 People")[1].split("</section>")[0]
    assert people.count("<li>") >= 2 and "2 篇 articles" in people
    timeline = html.split("最近的事件 Recent events")[1].split("</section>")[0]
    dates = re.findall(r'class="date">([^<]+)<', timeline)
    assert len(dates) > 3 and dates == sorted(dates, reverse=True)
    assert 'class="home timeline"' in html
