"""JSON-LD: the context that ships with the package, and one article's graph framed as one object.
Nothing is fetched: a document loader that refuses every URL is given to each pyld call."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import pyoxigraph as ox
from pyld import jsonld

from kg import framing
from kg.terms import bcp47_case

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The JSON-LD context that ships with the package; output embeds it, nothing is fetched."""
    text = resources.files("kg.data").joinpath("context.jsonld").read_text("utf-8")
    return json.loads(text)["@context"]


def _offline_loader(url: str, options: dict | None = None) -> dict:
    raise jsonld.JsonLdError(f"refusing to fetch {url}: kg works offline",
                             "jsonld.LoadDocumentError", code="loading document failed")


def frame_article(ntriples: bytes, ctx: dict[str, Any], processor: jsonld.JsonLdProcessor | None = None,
                  ) -> dict[str, Any]:
    """One article's graph, given as N-Triples, as one JSON-LD object: the graph record with the
    article and its entities embedded. `processor` is for tests (plain pyld); without it, kg.framing
    takes pyld's steps for the graphs kg writes, several times faster, and pyld frames the rest."""
    if processor is None:
        try:
            fast = framing.node_map(ntriples)
            compactor, top_type, top_frame = _fast_framing(json.dumps(ctx, sort_keys=True))
            return framing.frame(fast, top_type, top_frame, compactor)
        except framing.Unsupported:
            pass
    framed = (processor or _FRAMER).frame(expanded_form(ntriples), article_frame(ctx), {
        "documentLoader": _offline_loader, "embed": "@once", "omitGraph": True, _EXPANDED: True})
    framed.pop("@context", None)
    return _recase_tags(framed, _language_maps(ctx))


def expanded_form(ntriples: bytes) -> list[dict[str, Any]]:
    """N-Triples as expanded JSON-LD. Oxigraph writes it several times faster than rdflib; rdf:type
    becomes @type, as JSON-LD's fromRdf gives it, since frames match on @type."""
    expanded = json.loads(ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES),
                                       format=ox.RdfFormat.JSON_LD))
    for node in expanded:
        if (types := node.pop(_RDF_TYPE, None)) is not None:
            node["@type"] = [t["@id"] for t in types]
    return expanded


def article_frame(ctx: dict[str, Any]) -> dict[str, Any]:
    """The frame: an article graph's record, its article embedded. Evidence hangs off the article
    by reverse links (a context names its source; a phrase, its context), so the frame walks them
    backwards to keep it inside the article's object."""
    return {"@context": ctx, "@type": "kg:ArticleGraph",
            "mainEntity": {"@reverse": {"nif:sourceUrl": {"@reverse": {"nif:referenceContext": {}}}}}}


@lru_cache(maxsize=4)
def _fast_framing(ctx_json: str) -> tuple[framing.Compactor, str, dict[str, Any]]:
    """The compactor for a context (given as JSON, to be hashable), the article record's type and
    the article frame with its keys expanded, as pyld expands them."""
    ctx = json.loads(ctx_json)
    if not isinstance(ctx, dict):
        raise framing.Unsupported("context given as a list")
    options = {"documentLoader": _offline_loader, "processingMode": "json-ld-1.1",
               "contextResolver": jsonld.ContextResolver(jsonld._resolved_context_cache, _offline_loader)}
    active = _FRAMER.process_context(_FRAMER._get_initial_context(options), ctx, options)

    def expand(node: dict[str, Any]) -> dict[str, Any]:
        for key in node:  # a frame key whose term has a container or a type is expanded otherwise
            if isinstance(m := active["mappings"].get(key), dict) and ("@container" in m or "@type" in m):
                raise framing.Unsupported(f"context: the frame's {key}")
        return {k if k.startswith("@") else _FRAMER._expand_iri(active, k, vocab=True): expand(v)
                for k, v in node.items() if k not in ("@context", "@type")}

    frame = article_frame(ctx)
    top_type = _FRAMER._expand_iri(active, frame["@type"], vocab=True)
    recase = lru_cache(maxsize=256)(bcp47_case)
    return framing.Compactor(active, _FRAMER._compact_iri, recase), top_type, expand(frame)


_EXPANDED = "kgInputIsExpanded"  # an option of our own: pyld passes unknown options along
_VALUE_KEYS = ("@value", "@language", "@type", "@index", "@direction", "@id")


class _Framer(jsonld.JsonLdProcessor):
    """pyld's processor with two shortcuts, each giving pyld's own answer (tests/test_serialize.py
    compares the output with plain pyld's, byte for byte):
    - input that is already expanded (Oxigraph's) is not expanded again;
    - a term chosen for an IRI is remembered, keyed on what the choice depends on: the context,
      the IRI, and the value's keywords, language and datatype. Choosing it is most of compaction.
    Together they halve the time of framing an article."""

    MEMO = 200_000  # entries; then it starts again, so a long build's memory stays bounded

    def __init__(self) -> None:
        super().__init__()
        self._memo: dict[tuple[Any, ...], str] = {}
        # id of an active context -> the context (kept alive, so that no id is reused) and its terms' IRIs
        self._contexts: dict[int, tuple[dict[str, Any], frozenset[str]]] = {}

    def expand(self, input_: Any, options: dict[str, Any]) -> Any:
        if options.get(_EXPANDED) and not options.get("isFrame"):
            return input_
        return super().expand(input_, options)

    def _compact_iri(self, active_ctx: dict[str, Any], iri: str, value: Any = None, vocab: bool = False,
                     base: str | None = None, reverse: bool = False) -> str:
        if len(self._memo) > self.MEMO or len(self._contexts) > 8:
            self._memo.clear()
            self._contexts.clear()
        entry = self._contexts.get(id(active_ctx))
        if entry is None:  # the context is kept alive with its entry, so that no id is reused
            entry = self._contexts[id(active_ctx)] = (active_ctx, framing.term_iris(active_ctx))
        shape = _value_shape(value, entry[1])
        if shape is None:
            return super()._compact_iri(active_ctx, iri, value, vocab, base, reverse)
        key = (id(active_ctx), iri, shape, vocab, base, reverse)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = super()._compact_iri(active_ctx, iri, value, vocab, base, reverse)
        return found


def _value_shape(value: Any, term_iris: frozenset[str]) -> tuple[Any, ...] | None:
    """What of a value the choice of a term looks at; None for values not remembered (lists,
    graphs, sets: kg writes none, and they are left to pyld). A node whose IRI is a term's own
    counts by that IRI: pyld then prefers terms that take vocabulary IRIs."""
    if value is None:
        return ()
    if not isinstance(value, dict) or "@list" in value or "@graph" in value or "@set" in value:
        return None
    datatype = value.get("@type") if "@value" in value else None
    node_id = value.get("@id")
    return (tuple(k for k in _VALUE_KEYS if k in value), value.get("@language"), datatype,
            value.get("@direction"), any(not k.startswith("@") for k in value),
            node_id if node_id in term_iris else None)


_FRAMER = _Framer()


def compact(expanded: list[Any], ctx: dict[str, Any], processor: jsonld.JsonLdProcessor | None = None,
            ) -> dict[str, Any]:
    """Expanded JSON-LD (Oxigraph's) compacted with the bundled context, given whole: nothing is
    fetched. The quicker processor gives plain pyld's answer (`processor` is for the test)."""
    return (processor or _FRAMER).compact(expanded, {"@context": ctx}, {
        "documentLoader": _offline_loader, _EXPANDED: True})


def _language_maps(ctx: dict[str, Any]) -> frozenset[str]:
    return frozenset(term for term, d in ctx.items() if isinstance(d, dict) and "@language" in (
        c if isinstance(c := d.get("@container"), list) else [c]))


def _recase_tags(node: Any, maps: frozenset[str]) -> Any:
    """Tags in @language values and in the keys of language maps, re-cased (bcp47_case)."""
    if isinstance(node, list):
        return [_recase_tags(n, maps) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@language" and isinstance(value, str):
            out[key] = bcp47_case(value)
        elif key in maps and isinstance(value, dict):
            out[key] = {(k if k.startswith("@") else bcp47_case(k)): v for k, v in value.items()}
        else:
            out[key] = _recase_tags(value, maps)
    return out
