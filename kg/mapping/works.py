"""Creative works around an article: its image, the pages it cites, the original it translates."""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg import publications
from kg.mapping.agents import Scope, person, publisher_of, typed
from kg.mapping.fields import Field, Kind, emit, script_tag
from kg.model import Image, Link
from kg.namespaces import SDO
from kg.urls import article_url, canonical, is_valid_web_url

IMAGE_FIELDS = (
    Field(SDO.contentUrl, lambda i: i.url, Kind.IRI),
    Field(SDO.width, lambda i: i.width, Kind.INT),
    Field(SDO.height, lambda i: i.height, Kind.INT),
    Field(SDO.caption, lambda i: i.caption, Kind.TEXT),
    Field(SDO.creditText, lambda i: i.credit, Kind.NAME),
)


def image(scope: Scope, img: Image) -> URIRef:
    node = typed(scope.g, scope.mint.image(img.url), SDO.ImageObject, SDO.CreativeWork)
    emit(scope.g, node, img, IMAGE_FIELDS, scope.lang)
    if img.photographer:
        scope.g.add((node, SDO.creator, person(scope, latin=img.photographer, zh=None)))
    return node


def news_article_ref(scope: Scope, url: str) -> URIRef:
    """A news article known only by its URL (cited, or translated from). Its IRI comes from the
    canonical URL, so that two spellings of one article meet; schema:url is its canonical URL over
    https, as the built article's own is (kg.urls.article_url)."""
    node = typed(scope.g, scope.mint.article(canonical(url)), SDO.NewsArticle, SDO.CreativeWork)
    _url(scope, node, article_url(url))
    scope.g.add((node, SDO.publisher, publisher_of(scope, canonical(url))))
    return node


def _url(scope: Scope, node: URIRef, written: str) -> None:
    """The node's schema:url, as the article first writes it: a page it cites twice, at two anchors
    (…/covid-data-tracker/#variant-proportions and …#global-variant-report-map), is one page with
    one URL in the article's graph."""
    if (node, SDO.url, None) not in scope.g:
        scope.g.add((node, SDO.url, URIRef(written.strip())))


def citation(scope: Scope, link: Link) -> URIRef | None:
    """A cited link: a NewsArticle of the same newsroom, otherwise a WebPage of its site.

    Links whose host is not a DNS name (markup errors) are not cited; the caller warns.
    """
    if not is_valid_web_url(link.href):
        return None
    url = canonical(link.href)  # identity; schema:url keeps the link as the article cites it
    family = scope.publication.family if scope.publication else None
    if family and publications.is_article_of(url, family):
        node = news_article_ref(scope, link.href)
    else:
        node = typed(scope.g, scope.mint.webpage(url), SDO.WebPage, SDO.CreativeWork)
        _url(scope, node, link.href)
        scope.g.add((node, SDO.publisher, publisher_of(scope, url)))
    if link.text:
        scope.g.add((node, SDO.name, Literal(link.text, lang=script_tag(link.text, scope.lang))))
    return node


def original(scope: Scope, url: str) -> URIRef | None:
    """The original-language article this one translates (the feed links the English one)."""
    if not is_valid_web_url(url):
        return None
    node = news_article_ref(scope, url)
    scope.g.add((node, SDO.inLanguage, Literal("en")))
    return node
