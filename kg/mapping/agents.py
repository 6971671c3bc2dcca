"""People and organizations: authors, translators, photographers, newsrooms, web sites."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kg import publications
from kg.iris import Minter
from kg.mapping.fields import Field, Kind, emit, script_tag
from kg.model import Author, Biography
from kg.namespaces import RDF, SDO
from kg.publications import Publication
from kg.reading.text import is_web_link
from kg.text import has_han
from kg.urls import canonical, host_of, is_valid_web_url


@dataclass(frozen=True, slots=True)
class Scope:
    """What every mapper of one article needs: where to write, how to mint, which language."""

    g: Graph
    mint: Minter
    lang: str
    publication: Publication | None
    described: set[URIRef] = field(default_factory=set)  # shared nodes already written here

    def first_time(self, node: URIRef) -> bool:
        """True once per node: a newsroom cited ten times is described once."""
        if node in self.described:
            return False
        self.described.add(node)
        return True


BIOGRAPHY_FIELDS = (
    Field(SDO.jobTitle, lambda b: b.job_title, Kind.TEXT),
    Field(SDO.description, lambda b: b.text, Kind.TEXT),
)


def typed(g: Graph, node: URIRef, *classes: URIRef) -> URIRef:
    for cls in classes:
        g.add((node, RDF.type, cls))
    return node


def publication(scope: Scope, pub: Publication) -> URIRef:
    node = scope.mint.publication(pub.key)
    if not scope.first_time(node):
        return node
    typed(scope.g, node, SDO.NewsMediaOrganization, SDO.Organization)
    for lang, name in pub.names:
        scope.g.add((node, SDO.name, Literal(name, lang=lang)))
    scope.g.add((node, SDO.url, URIRef(pub.url)))
    if pub.parent:
        parent = publication(scope, publications.BY_KEY[pub.parent])
        scope.g.add((node, SDO.parentOrganization, parent))
    return node


def site(scope: Scope, url: str) -> URIRef:
    """The organization behind a web site, known by its host name alone."""
    host = host_of(url)
    node = scope.mint.site(host)
    if not scope.first_time(node):
        return node
    typed(scope.g, node, SDO.Organization)
    scope.g.add((node, SDO.name, Literal(host)))
    scope.g.add((node, SDO.url, URIRef(f"https://{host}/")))
    return node


def publisher_of(scope: Scope, url: str) -> URIRef:
    pub = publications.for_url(url)
    return publication(scope, pub) if pub else site(scope, url)


def organization(scope: Scope, name: str) -> URIRef:
    """An organization named in text: a known newsroom when the name is one of its names."""
    if name in publications.SELF_REFERENCES and scope.publication:
        return publication(scope, publications.family_root(scope.publication))
    if pub := publications.by_name(name):
        return publication(scope, pub)
    node = typed(scope.g, scope.mint.organization(name), SDO.Organization)
    scope.g.add((node, SDO.name, Literal(name, lang=script_tag(name, scope.lang))))
    return node


def person(scope: Scope, *, latin: str | None, zh: str | None) -> URIRef:
    """A person keyed on the Latin form of the name when known, so bylines in either script meet."""
    key = latin or zh
    if not key:
        raise ValueError("a person needs a name")
    node = typed(scope.g, scope.mint.person(key), SDO.Person)
    if zh:
        scope.g.add((node, SDO.name, Literal(zh, lang=script_tag(zh, scope.lang))))
    if latin:
        scope.g.add((node, SDO.name, Literal(latin, lang="en")))
    return node


def author(scope: Scope, a: Author) -> URIRef:
    """A person, or the newsroom where the byline names one (DW's 德国之声 中文网)."""
    newsroom = "".join(a.byline.split())
    if a.biography is None and (publications.by_name(newsroom) or newsroom in publications.SELF_REFERENCES):
        return organization(scope, newsroom)
    node = person(scope, latin=a.name_latin, zh=a.name_zh)
    if a.biography:
        biography(scope, node, a.biography)
    return node


def biography(scope: Scope, node: URIRef, bio: Biography) -> None:
    emit(scope.g, node, bio, BIOGRAPHY_FIELDS, scope.lang)
    if bio.works_for:
        scope.g.add((node, SDO.worksFor, organization(scope, bio.works_for)))
    # Profiles linked from the biography identify the person (Twitter, Facebook, author page).
    for link in bio.links:
        if is_web_link(link.href) and is_valid_web_url(link.href):
            scope.g.add((node, SDO.sameAs, URIRef(canonical(link.href))))


def translator(scope: Scope, name: str) -> URIRef:
    """A newsroom when the name is one ('纽约时报中文网'), otherwise a person."""
    if publications.by_name(name) or name in publications.SELF_REFERENCES:
        return organization(scope, name)
    is_han = has_han(name)
    return person(scope, latin=None if is_han else name, zh=name if is_han else None)
