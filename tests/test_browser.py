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
    page.locator("table.properties a", has_text="弗拉基米尔·普京").first.click()
    assert page.url.endswith("/person/vladimir-putin.html")
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
