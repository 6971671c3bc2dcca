"""An Article to its named graph: the NewsArticle, everything it links to, and the graph's provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import __version__, publications
from kg.iris import Minter
from kg.mapping import agents, works
from kg.mapping.agents import Scope, typed
from kg.mapping.entities import map_entities
from kg.mapping.events import map_events
from kg.mapping.evidence import map_evidence
from kg.mapping.fields import Field, Kind, emit
from kg.model import Article, Extraction
from kg.namespaces import KG, SDO
from kg.terms import to_rdflib
from kg.text import HAN_CLASS
from kg.urls import article_url, is_navigation

# CJK characters count one word each (Chinese has no spaces), extension B and later included;
# Latin words and numbers count one, in half or full width.
_WORD = re.compile(f"[{HAN_CLASS}]"
                   r"|[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"
                   r"(?:['’.\-][A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


ARTICLE_FIELDS = (
    Field(SDO.url, lambda a: article_url(a.url), Kind.IRI),
    Field(SDO.headline, lambda a: a.headline, Kind.TEXT),
    Field(SDO.datePublished, lambda a: a.published, Kind.DATETIME),
    Field(SDO.inLanguage, lambda a: a.language, Kind.TOKEN),
    Field(SDO.articleBody, lambda a: a.body, Kind.TEXT),
    Field(SDO.wordCount, lambda a: word_count(a.body) if a.body else None, Kind.INT),
    Field(SDO.articleSection, lambda a: publications.section(a.url), Kind.TOKEN),
    Field(KG.feedItemPublished, lambda a: a.feed_time, Kind.DATETIME),
)
PROVENANCE_FIELDS = (
    Field(KG.sourcePath, lambda a: a.source, Kind.TOKEN),
    Field(KG.sourceSha256, lambda a: a.sha256, Kind.TOKEN),
    Field(KG.layout, lambda a: a.layout.value, Kind.TOKEN),
    Field(KG.generator, lambda a: f"kg {__version__}", Kind.TOKEN),
)


@dataclass(frozen=True, slots=True)
class Mapped:
    """One article's named graph, and what the mapper had to leave out.

    The graph comes in two parts with the same name: what the article says (validated against the
    shapes) and the evidence of its mentions (NIF strings, three quarters of the triples, which no
    shape targets). Validation takes the first; output takes both (lines(), or whole())."""

    graph: Graph
    article: URIRef
    warnings: tuple[str, ...]
    evidence: tuple[ox.Triple, ...] = ()  # Oxigraph triples: see mapping.evidence

    def whole(self) -> Graph:
        """The whole named graph, in a new Graph: what the article says and the evidence. The
        record itself is left as it was (calling this twice gives two equal graphs)."""
        out = Graph(identifier=self.graph.identifier)
        out.namespace_manager = self.graph.namespace_manager
        out += self.graph
        for t in self.evidence:
            out.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return out

    def evidence_lines(self) -> list[bytes]:
        """The evidence as sorted N-Triples lines, as serialize.ntriples_lines gives the rest."""
        data = ox.serialize(self.evidence, format=ox.RdfFormat.N_TRIPLES)
        return sorted(set(data.splitlines(keepends=True)))

    def triples(self) -> int:
        return len(self.graph) + len(set(self.evidence))


def map_article(article: Article, mint: Minter, extraction: Extraction | None = None) -> Mapped:
    """The article's named graph; with an extraction, also what it mentions and the evidence."""
    gid = mint.graph(article.url)
    # SimpleMemory: no contexts to keep, so no reference cycle (freed at once) and faster adds.
    g = Graph(store="SimpleMemory", identifier=gid)
    pub = publications.for_url(article.url)
    scope = Scope(g=g, mint=mint, lang=article.language, publication=pub)
    warnings: list[str] = []

    node = typed(g, mint.article(article.url), SDO.NewsArticle, SDO.CreativeWork)
    emit(g, node, article, ARTICLE_FIELDS, article.language)
    g.add((node, SDO.publisher, agents.publisher_of(scope, article.url)))

    for a in article.authors:
        g.add((node, SDO.author, agents.author(scope, a)))
    for name in article.translators:
        g.add((node, SDO.translator, agents.translator(scope, name)))
    if article.image:
        g.add((node, SDO.image, works.image(scope, article.image)))
    for paragraph in article.paragraphs:
        for link in paragraph.links:
            if is_navigation(link.href, link.text, newsroom=publications.for_url(link.href) is not None):
                continue  # the site's furniture (订阅, a section's front page, a social account)
            cited = works.citation(scope, link)
            if cited is None:
                warnings.append(f"link {link.href!r} ({link.text}) has no valid host; not cited")
            else:
                g.add((node, SDO.citation, cited))
    if article.original_url:
        if (orig := works.original(scope, article.original_url)) is not None:
            g.add((node, SDO.translationOfWork, orig))
        else:
            warnings.append(f"original-language link {article.original_url!r} is not a valid URL")

    evidence: list[ox.Triple] = []
    if extraction is not None:
        nodes = map_entities(scope, node, extraction)
        nodes.update(map_events(scope, node, extraction, nodes))
        evidence = map_evidence(mint, scope.lang, article, extraction, nodes)
        warnings += extraction.warnings

    # Provenance lives in the article's own graph, so replacing the graph replaces it too.
    typed(g, gid, KG.ArticleGraph)
    g.add((gid, SDO.mainEntity, node))
    emit(g, gid, article, PROVENANCE_FIELDS, article.language)
    return Mapped(graph=g, article=node, warnings=tuple(warnings), evidence=tuple(evidence))
