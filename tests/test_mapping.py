"""The seed graphs carry what a careful reader extracts (tests/data/seeds.gold.json)."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.iris import Minter
from kg.mapping.article import map_article, word_count
from tests.conftest import DATA, ROOT, SEEDS, build_graph, read

GOLD = json.loads((DATA / "seeds.gold.json").read_text("utf-8"))["articles"]


def _article(g: Graph) -> URIRef:
    (node,) = g.objects(None, SDO.mainEntity)
    return node


def _names(g: Graph, node) -> set[str]:
    return {str(n) for n in g.objects(node, SDO.name)}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_article_fields_match_gold(seed) -> None:
    gold = GOLD[seed.name]
    g = build_graph(seed)
    a = _article(g)
    assert g.value(a, SDO.url) == URIRef(gold["url"])
    assert g.value(a, SDO.headline) == Literal(gold["headline"], lang="zh-Hans")
    assert g.value(a, SDO.datePublished) == Literal(gold["datePublished"], datatype=XSD.dateTime)
    assert str(g.value(a, SDO.inLanguage)) == gold["inLanguage"]
    assert {SDO.NewsArticle, SDO.CreativeWork} <= set(g.objects(a, RDF.type))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_authors_match_gold(seed) -> None:
    gold = GOLD[seed.name]
    g = build_graph(seed)
    authors = list(g.objects(_article(g), SDO.author))
    assert len(authors) == len(gold["authors"])
    for want in gold["authors"]:
        node = next(n for n in authors if want["name"] in _names(g, n))
        assert SDO.Person in set(g.objects(node, RDF.type))
        if "nameEn" in want:
            assert Literal(want["nameEn"], lang="en") in set(g.objects(node, SDO.name))
        if "jobTitle" in want:
            assert str(g.value(node, SDO.jobTitle)) == want["jobTitle"]
        employer = g.value(node, SDO.worksFor)
        assert want["worksFor"] in _names(g, employer)
        assert {str(u) for u in g.objects(node, SDO.sameAs)} == set(want["sameAs"])
        assert g.value(node, SDO.description) is not None


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_image_matches_gold(seed) -> None:
    gold = GOLD[seed.name]["image"]
    g = build_graph(seed)
    img = g.value(_article(g), SDO.image)
    assert g.value(img, SDO.contentUrl) == URIRef(gold["contentUrl"])
    assert g.value(img, SDO.width).toPython() == gold["width"]
    assert g.value(img, SDO.height).toPython() == gold["height"]
    assert str(g.value(img, SDO.caption)) == gold["caption"]
    assert str(g.value(img, SDO.creditText)) == gold["creditText"]
    photographer = g.value(img, SDO.creator)
    assert gold["creditText"].endswith(next(iter(_names(g, photographer))))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_citations_translation_and_translator(seed) -> None:
    gold = GOLD[seed.name]
    g = build_graph(seed)
    a = _article(g)
    cited = {str(g.value(c, SDO.url)) for c in g.objects(a, SDO.citation)}
    assert cited == set(gold["citations"])
    assert not cited & set(gold.get("notCitations", []))
    for c in g.objects(a, SDO.citation):
        url = str(g.value(c, SDO.url))
        kinds = set(g.objects(c, RDF.type))
        expected = SDO.NewsArticle if "nytimes.com" in url else SDO.WebPage
        assert expected in kinds and SDO.CreativeWork in kinds
        assert g.value(c, SDO.name) is not None
        publisher = g.value(c, SDO.publisher)
        assert SDO.Organization in set(g.objects(publisher, RDF.type))
    original = g.value(a, SDO.translationOfWork)
    assert g.value(original, SDO.url) == URIRef(gold["translationOf"])
    assert str(g.value(original, SDO.inLanguage)) == "en"
    translator = g.value(a, SDO.translator)
    assert gold["translator"] in _names(g, translator)


def test_same_author_same_node_across_articles(tmp_path) -> None:
    """Chris Buckley, written in either script, in two articles is one node."""
    other = tmp_path / "other.txt"
    text = SEEDS[0].read_text("utf-8").replace("putin-xi-china-russia/", "another-story/")
    other.write_text(text, "utf-8")
    first, second = build_graph(SEEDS[0]), build_graph(other)
    a1, a2 = _article(first), _article(second)
    assert a1 != a2
    assert first.value(a1, SDO.author) == second.value(a2, SDO.author)


def test_provenance_in_named_graph() -> None:
    mapped = map_article(read(SEEDS[0]), Minter())
    g, gid = mapped.graph, mapped.graph.identifier
    assert g.value(gid, SDO.mainEntity) == mapped.article
    assert str(g.value(gid, URIRef("https://kg.example.org/ns#sourcePath"))) == (
        "seeds/000_f72b604293d7eff6.txt")
    sha = str(g.value(gid, URIRef("https://kg.example.org/ns#sourceSha256")))
    import hashlib
    assert sha == hashlib.sha256((ROOT / "seeds/000_f72b604293d7eff6.txt").read_bytes()).hexdigest()
    feed = g.value(mapped.article, URIRef("https://kg.example.org/ns#feedItemPublished"))
    assert feed == Literal("2022-06-16T02:07:01+00:00", datatype=XSD.dateTime)


def test_literals_are_tagged_and_typed(seed_graph: Graph) -> None:
    for _s, p, o in seed_graph:
        if isinstance(o, Literal) and o.datatype is None and p in (
                SDO.headline, SDO.articleBody, SDO.caption, SDO.description, SDO.jobTitle):
            assert o.language in ("zh-Hans", "zh-Hant", "en"), (p, o)


def test_word_count_counts_han_characters_and_latin_words() -> None:
    assert word_count("普京和习近平 met in Samarkand, 2022.") == 10


def test_no_blank_nodes(seed_graph: Graph) -> None:
    from rdflib import BNode
    assert not any(isinstance(term, BNode) for t in seed_graph for term in t)


def test_a_citation_keeps_its_url_as_written_and_is_known_by_its_canonical_form(tmp_path) -> None:
    """schema:url is the link as the article cites it (a data view's query, a section's anchor);
    the node's IRI comes from the canonical URL, so that other spellings of the page meet it."""
    from kg.urls import canonical

    src = SEEDS[0].read_text("utf-8")
    cited = "HTTPS://data.example.org/dashboard?view=table&region=asia&utm_source=x#section-3"
    src = src.replace("</p>", f'<a href="{cited}">数据</a></p>', 1)
    path = tmp_path / "item.txt"
    path.write_text(src, "utf-8")
    g = build_graph(path)
    (node,) = set(g.subjects(SDO.url, URIRef(cited)))
    assert node == Minter().webpage(canonical(cited))
    assert canonical(cited) == "https://data.example.org/dashboard?view=table"


def test_a_page_cited_at_two_anchors_is_one_page_with_the_url_first_written(tmp_path) -> None:
    """Two links to one page at two anchors (CDC's tracker, cited twice in a real item) make one
    node; its schema:url is the first as written, so the page still has exactly one URL and the
    article's graph conforms (before, both URLs were added and the shape was violated)."""
    from kg.shacl import validate

    first = "https://covid.cdc.gov/covid-data-tracker/#variant-proportions"
    second = "https://covid.cdc.gov/covid-data-tracker/#global-variant-report-map"
    src = SEEDS[0].read_text("utf-8").replace(
        "</p>", f'<a href="{first}">比例</a>，<a href="{second}">地图</a></p>', 1)
    path = tmp_path / "item.txt"
    path.write_text(src, "utf-8")
    g = build_graph(path)
    node = Minter().webpage("https://covid.cdc.gov/covid-data-tracker/")
    assert set(g.objects(node, SDO.url)) == {URIRef(first)}
    assert {str(n) for n in g.objects(node, SDO.name)} == {"比例", "地图"}
    assert validate(g).conforms


@pytest.mark.parametrize(("href", "text", "newsroom", "nav"), [
    ("https://cn.nytimes.com/subscribe/", "订阅《纽约时报》中文网每日简报", True, True),
    ("https://cn.nytimes.com/world/", "国际", True, True),
    ("https://cn.nytimes.com/", "纽约时报中文网", True, True),
    ("https://twitter.com/nytchinese", "推特", False, True),
    ("https://www.facebook.com/nytimeschinese", "脸书", False, True),
    ("https://www.nytimes.com/newsletters/china-today", "China Today", True, True),
    ("https://twitter.com/JonLemire/status/1314991690911027200", "没遮挡面部", False, False),
    ("https://cn.nytimes.com/usa/20200602/george-floyd-investigation/", "弗洛伊德的去世", True, False),
    ("https://www.amnesty.org/report", "国际特赦组织的报告", False, False),  # another site's page
    ("https://www.nytimes.com/interactive/2020/03/18/us/timeline.html", "淡化其严重性", True, False),
    ("http://[bad", "x", False, False),
])
def test_site_furniture_is_no_citation(href: str, text: str, newsroom: bool, nav: bool) -> None:
    from kg.urls import is_navigation

    assert is_navigation(href, text, newsroom=newsroom) is nav


def _cited_after_first_paragraph(tmp_path, markup: str):
    """The first seed with `markup` after its first paragraph: the path, and the URLs it cites."""
    path = tmp_path / "item.txt"
    path.write_text(SEEDS[0].read_text("utf-8").replace("</p>", "</p>" + markup, 1), "utf-8")
    g = build_graph(path)
    return path, {str(u) for c in g.objects(None, SDO.citation) for u in g.objects(c, SDO.url)}


def test_navigation_in_the_body_is_not_cited(tmp_path) -> None:
    nav = ('<p><a href="https://cn.nytimes.com/subscribe/">点击订阅每日简报</a>'
           '<a href="https://cn.nytimes.com/world/">国际</a><a href="https://twitter.com/nytchinese">推特</a>'
           '<a href="https://www.amnesty.org/report">报告</a></p>')
    _, urls = _cited_after_first_paragraph(tmp_path, nav)
    assert "https://www.amnesty.org/report" in urls
    assert not urls & {"https://cn.nytimes.com/subscribe/", "https://cn.nytimes.com/world/",
                       "https://twitter.com/nytchinese"}


def test_an_embedded_tweet_is_read_whole_and_its_links_cited(tmp_path) -> None:
    """BBC embeds tweets as <blockquote class="twitter-tweet">: the post's own address sits outside
    its <p>, and is what the article cites."""
    tweet = ('<blockquote class="twitter-tweet"><p lang="zh">今天的会谈很成功。 <a href="https://t.co/AbCdEf">'
             'pic.twitter.com/AbCdEf</a></p>— 外交部发言人 (@MFA_China) '
             '<a href="https://twitter.com/MFA_China/status/1536974000000000000">June 15, 2022</a></blockquote>')
    path, urls = _cited_after_first_paragraph(tmp_path, tweet)
    a = read(path)
    (post,) = [p for p in a.paragraphs if "会谈很成功" in p.text]
    assert "@MFA_China" in post.text and a.body.count("会谈很成功") == 1  # read once, whole
    assert {"https://twitter.com/MFA_China/status/1536974000000000000", "https://t.co/AbCdEf"} <= urls


def test_every_precise_type_is_a_schema_org_term() -> None:
    """The classes an entity may be typed with (kg.mapping.entities.PRECISE, facilities' included) are
    schema.org's own, as its release 30.0 context names them."""
    from kg.mapping.entities import PRECISE

    context = json.loads((DATA / "schemaorg" / "schemaorgcontext.jsonld").read_text("utf-8"))["@context"]
    assert "PlaceOfWorship" in PRECISE and "Airport" in PRECISE
    assert [t for t in PRECISE if context.get(t) != {"@id": f"schema:{t}"}] == []
