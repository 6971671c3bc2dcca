"""Evidence for each mention, in NIF 2.0: the text of each part of the article (headline, caption,
paragraphs) is a nif:Context; each mention is a nif:Phrase in it, with its offsets, its words, the
sentence it stands in, and itsrdf:taIdentRef to the entity. So a user can ask, in SPARQL, why the
graph says an article mentions someone, and check the offsets against the text."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from rdflib import Literal, URIRef

from kg.entities.extract import article_parts
from kg.mapping.agents import Scope
from kg.model import Article, Extraction
from kg.namespaces import ITSRDF, NIF, RDF, XSD

# Looked up once: an article has hundreds of these triples.
_TYPE, _CONTEXT, _SENTENCE, _PHRASE = RDF.type, NIF.Context, NIF.Sentence, NIF.Phrase
_BEGIN, _END, _ANCHOR, _REF = NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext
_IN_SENTENCE, _IS_STRING, _SOURCE, _IDENT = NIF.sentence, NIF.isString, NIF.sourceUrl, ITSRDF.taIdentRef


@lru_cache(maxsize=4096)
def _index(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


def map_evidence(scope: Scope, article: Article, extraction: Extraction, nodes: Mapping[str, URIRef]) -> None:
    texts = dict(article_parts(article))
    string = scope.mint.text_strings(article.url)
    source = scope.mint.article(article.url)
    add = scope.g.add
    contexts: dict[str, URIRef] = {}
    sentences: set[URIRef] = set()
    for m in extraction.mentions:
        text = texts[m.part]
        ctx = contexts.get(m.part)
        if ctx is None:
            ctx = contexts[m.part] = string(m.part, 0, len(text))
            for t in ((ctx, _TYPE, _CONTEXT), (ctx, _BEGIN, _index(0)), (ctx, _END, _index(len(text))),
                      (ctx, _IS_STRING, Literal(text, lang=scope.lang)), (ctx, _SOURCE, source)):
                add(t)
        sentence = string(m.part, m.sentence_start, m.sentence_end)
        if sentence not in sentences:
            sentences.add(sentence)
            anchor = Literal(text[m.sentence_start:m.sentence_end], lang=scope.lang)
            for t in ((sentence, _TYPE, _SENTENCE), (sentence, _REF, ctx), (sentence, _ANCHOR, anchor),
                      (sentence, _BEGIN, _index(m.sentence_start)), (sentence, _END, _index(m.sentence_end))):
                add(t)
        phrase = string(m.part, m.start, m.end)
        for t in ((phrase, _TYPE, _PHRASE), (phrase, _REF, ctx), (phrase, _ANCHOR, Literal(m.text, lang=scope.lang)),
                  (phrase, _BEGIN, _index(m.start)), (phrase, _END, _index(m.end)),
                  (phrase, _IN_SENTENCE, sentence), (phrase, _IDENT, nodes[m.key])):
            add(t)
