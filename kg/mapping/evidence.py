"""Evidence for each mention, in NIF 2.0: the text of each part of the article (headline, caption,
paragraphs) is a nif:Context; each mention is a nif:Phrase in it, with its offsets, its words, the
sentence it stands in, and itsrdf:taIdentRef to the entity. So a user can ask, in SPARQL, why the
graph says an article mentions someone, and check the offsets against the text.

Evidence is three quarters of an article's triples and no shape targets it in the build, so it is
made as Oxigraph triples, which cost a tenth of rdflib's to make and to write as N-Triples."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef

from kg.iris import Minter
from kg.model import Article, Extraction
from kg.namespaces import ITSRDF, NIF, RDF, XSD
from kg.text import article_parts

_TYPE, _CONTEXT, _SENTENCE, _PHRASE = (ox.NamedNode(str(t)) for t in (RDF.type, NIF.Context, NIF.Sentence,
                                                                       NIF.Phrase))
_BEGIN, _END, _ANCHOR, _REF, _IN_SENTENCE, _IS_STRING, _SOURCE, _IDENT = (ox.NamedNode(str(t)) for t in (
    NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext, NIF.sentence, NIF.isString,
    NIF.sourceUrl, ITSRDF.taIdentRef))
_NON_NEGATIVE = ox.NamedNode(str(XSD.nonNegativeInteger))


@lru_cache(maxsize=4096)
def _index(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_NON_NEGATIVE)


def map_evidence(mint: Minter, lang: str, article: Article, extraction: Extraction,
                 nodes: Mapping[str, URIRef]) -> list[ox.Triple]:
    texts = dict(article_parts(article))
    string = mint.text_strings(article.url)
    source = ox.NamedNode(str(mint.article(article.url)))
    out: list[ox.Triple] = []
    contexts: dict[str, ox.NamedNode] = {}
    sentences: set[str] = set()
    entity = {key: ox.NamedNode(str(node)) for key, node in nodes.items()}

    def add(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        out.append(ox.Triple(s, p, o))

    for m in extraction.mentions:
        text = texts[m.part]
        ctx = contexts.get(m.part)
        if ctx is None:
            ctx = contexts[m.part] = ox.NamedNode(string(m.part, 0, len(text)))
            add(ctx, _TYPE, _CONTEXT)
            add(ctx, _BEGIN, _index(0))
            add(ctx, _END, _index(len(text)))
            add(ctx, _IS_STRING, ox.Literal(text, language=lang))
            add(ctx, _SOURCE, source)
        sentence_iri = string(m.part, m.sentence_start, m.sentence_end)
        sentence = ox.NamedNode(sentence_iri)
        if sentence_iri not in sentences:
            sentences.add(sentence_iri)
            add(sentence, _TYPE, _SENTENCE)
            add(sentence, _REF, ctx)
            add(sentence, _ANCHOR, ox.Literal(text[m.sentence_start:m.sentence_end], language=lang))
            add(sentence, _BEGIN, _index(m.sentence_start))
            add(sentence, _END, _index(m.sentence_end))
        phrase = ox.NamedNode(string(m.part, m.start, m.end))
        add(phrase, _TYPE, _PHRASE)
        add(phrase, _REF, ctx)
        add(phrase, _ANCHOR, ox.Literal(m.text, language=lang))
        add(phrase, _BEGIN, _index(m.start))
        add(phrase, _END, _index(m.end))
        add(phrase, _IN_SENTENCE, sentence)
        add(phrase, _IDENT, entity[m.key])
    return out
