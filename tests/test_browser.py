"""The published site in a real browser: headless Chromium (Debian's package, which .ci/run installs),
driven by Playwright. Open the home page and an article page, follow a person link, check that the
JSON-LD the page embeds is the Turtle file's triples, keep a screenshot of the article page in
test-artifacts/, and check that pages fit a phone-width window. Skipped on a machine without
Chromium, unless KG_REQUIRE_BROWSER is set, as CI sets it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, URIRef

from kg.cli import main
from tests.conftest import ROOT, free_port, wait_for_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"
# As this machine's probe starts Chromium: no sandbox (root), no GPU, no background traffic.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _need(what: str) -> None:
    if os.environ.get("KG_REQUIRE_BROWSER"):
        pytest.fail(f"{what} is required here (KG_REQUIRE_BROWSER) but missing")
    pytest.skip(f"{what} is missing (.ci/run installs it)")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if CHROMIUM is None:
        _need("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright")
    store = tmp_path_factory.mktemp("browser") / "store"
    assert CliRunner().invoke(main, ["build", "seeds", "-o", str(store.parent / "g.ttl"),
                                     "--store", str(store)]).exit_code == 0
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for_port(port, server, "kg serve")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            yield browser, base
        finally:
            browser.close()
            server.terminate()
            server.wait(timeout=10)


def test_home_article_and_a_person_link(site) -> None:
    browser, base = site
    page = browser.new_page()
    page.goto(f"{base}/")
    assert page.title() == "kg · kg" and page.locator("a", has_text="人物 People").count() == 1
    page.click("text=文章 Articles")
    page.click("text=习近平普京再通电话，提出深化中俄合作")
    assert page.locator("h1").inner_text() == "习近平普京再通电话，提出深化中俄合作"
    assert page.locator("svg.neighbourhood").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert (ARTIFACTS / "article.png").stat().st_size > 10_000
    page.locator(".body a.mention.person", has_text="普京").first.click()
    assert page.url.endswith("/person/vladimir-putin.html")
    assert page.locator("h1").inner_text() == "弗拉基米尔·普京"
    page.screenshot(path=str(ARTIFACTS / "person.png"), full_page=True)
    page.goto(f"{base}/")
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    assert (ARTIFACTS / "person.png").stat().st_size > 5_000 and (ARTIFACTS / "home.png").stat().st_size > 5_000


ARTICLE = "/article/putin-xi-china-russia-1c2b64d60b"


def test_the_article_reads_in_paragraphs_with_its_mentions_linked(site) -> None:
    browser, base = site
    page = browser.new_page()
    page.goto(base + ARTICLE)
    with urllib.request.urlopen(urllib.request.Request(base + ARTICLE, headers={"Accept": "text/turtle"})) as resp:
        turtle = Graph().parse(data=resp.read().decode("utf-8"), format="turtle")
    (body,) = turtle.objects(URIRef("https://kg.example.org" + ARTICLE), URIRef("https://schema.org/articleBody"))
    paragraphs = [p for p in str(body).split("\n\n") if p.strip()]
    shown = page.locator(".body p").all_inner_texts()
    assert shown == paragraphs  # every paragraph, whole, in order
    mentions = page.eval_on_selector_all(".body a.mention", "els => els.map(e => [e.href, e.className])")
    assert len(mentions) > 30
    assert {c.split()[1] for _, c in mentions} >= {"person", "place", "organization", "event"}
    for href in sorted({h for h, _ in mentions}):  # each linked mention's page exists
        with urllib.request.urlopen(href) as resp:
            assert resp.status == 200
    legend = page.locator("ul.legend li").all_inner_texts()
    assert {"人物 People", "地点 Places", "事件 Events"} <= set(legend)
    assert page.locator("details.linked-data table.properties").count() == 1  # the raw table stays, below


def test_nothing_overlaps_in_the_neighbourhood_picture(site) -> None:
    """Label boxes, as the browser lays them out, meet neither one another nor any dot."""
    browser, base = site
    page = browser.new_page()
    page.goto(base + ARTICLE)
    boxes = page.evaluate("""() => [...document.querySelectorAll('svg.neighbourhood text, svg.neighbourhood circle')]
        .map(e => { const b = e.getBBox(); return [e.tagName, b.x, b.y, b.width, b.height]; })""")
    texts = [b for b in boxes if b[0] == "text"]
    circles = [b for b in boxes if b[0] == "circle"]
    assert len(texts) > 15 and len(circles) == len(texts)  # a label per dot, and the article's title

    def meet(a: list, b: list) -> bool:
        return a[1] < b[1] + b[3] and b[1] < a[1] + a[3] and a[2] < b[2] + b[4] and b[2] < a[2] + a[4]

    for i, t in enumerate(texts):
        assert not any(meet(t, u) for u in texts[i + 1:]), t
        assert not any(meet(t, c) for c in circles), t


def test_search_works_from_disk(site, tmp_path) -> None:
    """Opened from file://, where a page may not fetch() a local file, search still finds."""
    browser, _ = site
    assert CliRunner().invoke(main, ["build", "seeds", "-o", str(tmp_path / "g.nq"), "--no-store", "-q"]).exit_code == 0
    assert CliRunner().invoke(main, ["publish", str(tmp_path / "site"), str(tmp_path / "g.nq")]).exit_code == 0
    page = browser.new_page()
    page.goto((tmp_path / "site" / "search.html").as_uri() + "?q=" + urllib.parse.quote("普京"))
    page.wait_for_selector("#results li")
    assert page.locator("#results a", has_text="弗拉基米尔·普京").count() == 1
    page.click("#results a >> text=弗拉基米尔·普京")
    assert page.locator("h1").inner_text() == "弗拉基米尔·普京"


def test_embedded_json_ld_agrees_with_the_turtle(site) -> None:
    """The page embeds the schema.org view (tests/test_publish.py expands it with schema.org's
    context); the Turtle at the same IRI has the full graph, and the view says nothing else."""
    browser, base = site
    page = browser.new_page()
    page.goto(f"{base}/person/vladimir-putin")
    embedded = json.loads(page.locator('script[type="application/ld+json"]').inner_text())
    with urllib.request.urlopen(urllib.request.Request(f"{base}/person/vladimir-putin",
                                                       headers={"Accept": "text/turtle"})) as resp:
        turtle = Graph().parse(data=resp.read().decode("utf-8"), format="turtle")
    me = URIRef(embedded["@id"])
    assert embedded["@context"] == "https://schema.org" and embedded["name"] == page.locator("h1").inner_text()
    assert (me, RDF.type, URIRef("https://schema.org/" + embedded["@type"])) in turtle
    names = {str(o) for p in ("name", "alternateName") for o in turtle.objects(me, URIRef("https://schema.org/" + p))}
    assert {embedded["name"], *embedded["alternateName"]} == names


def test_search_box_works_offline(site) -> None:
    browser, base = site
    page = browser.new_page()
    page.goto(f"{base}/")
    page.fill('input[name="q"]', "普京")
    page.press('input[name="q"]', "Enter")
    page.wait_for_selector("#results li")
    assert page.locator("#results a", has_text="弗拉基米尔·普京").count() == 1
    page.click("#results a >> text=弗拉基米尔·普京")
    assert page.locator("h1").inner_text() == "弗拉基米尔·普京"


@pytest.mark.parametrize("path", ["/", "/person/vladimir-putin", "/index/article-1.html"])
def test_pages_fit_a_phone(site, path: str) -> None:
    browser, base = site
    page = browser.new_page(viewport={"width": 375, "height": 812})
    page.goto(base + path)
    article = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert article, path
