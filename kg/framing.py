"""One article's graph framed and compacted without pyld's general machinery.

pyld frames an article in ~60 ms of CPU, most of it in walking general JSON-LD structures (node
maps merged across graphs, frames matched by pattern, values re-examined at every step). kg's
graphs use a small part of JSON-LD: named nodes only, no lists, one graph, and one fixed frame
(`kg.jsonld.article_frame`). For those, this module follows the steps of pyld's own algorithms
(JSON-LD 1.1 Framing with `@embed: @once`, then Compaction) in the same order, and leaves the
choice of every term to pyld itself (`_compact_iri`, remembered). Anything else (a blank node, a
graph with no single article record, a literal "@null" or one with a base direction, a context
with features this module does not follow) raises Unsupported, and the caller asks pyld.

The lines are kg's own, so they are parsed leniently: an invalid IRI pyld's strict parse refuses
is framed here. Where pyld fails on a graph (a literal under a property the frame follows
backwards, a chain of nodes deeper than Python's recursion limit), this module still frames it.
Otherwise its bytes are pyld's: tests/test_framing.py compares them on every article of the seeds
and the corpus, on hand-made and on random graphs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Node = dict[str, list[Any]]  # a node map entry: '@type' and property IRIs to expanded values


class Unsupported(Exception):
    """The graph uses JSON-LD this module does not handle: pyld frames it."""


def term_iris(active_ctx: dict[str, Any]) -> frozenset[str]:
    """The IRIs the terms of a processed context stand for: a node with one of these as its IRI
    changes pyld's term choice (it then prefers terms that take vocabulary IRIs)."""
    return frozenset(m["@id"] for m in active_ctx.get("mappings", {}).values() if m and isinstance(m.get("@id"), str))


def node_map(ntriples: bytes) -> dict[str, Node]:
    """The graph's nodes, in the form pyld's node map gives Oxigraph's expanded output: values
    in the order of the lines, no duplicates; every IRI used as an object has an entry."""
    nodes: dict[str, Node] = {}
    named, literal = ox.NamedNode, ox.Literal
    # Lenient: the lines are kg's own, written by rdflib or Oxigraph; checking them again would
    # double the parse.
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES, lenient=True):
        s, p, o = triple.subject, triple.predicate.value, triple.object
        if type(s) is not named:
            raise Unsupported("blank node")
        subject = nodes.get(s.value)
        if subject is None:
            subject = nodes[s.value] = {}
        kind = type(o)
        if kind is named:
            if p == _RDF_TYPE:
                p, value = "@type", o.value
            else:
                value = {"@id": o.value}
                if o.value not in nodes:
                    nodes[o.value] = {}
        elif kind is literal:
            if o.value == "@null":  # pyld's last step reads it as null
                raise Unsupported("a literal '@null'")
            if language := o.language:
                if getattr(o, "direction", None):  # RDF 1.2 base direction: pyld keeps it as @direction
                    raise Unsupported("base direction")
                value = {"@value": o.value, "@language": language}
            elif (datatype := o.datatype.value) != _XSD_STRING:
                value = {"@value": o.value, "@type": datatype}
            else:
                value = {"@value": o.value}
        else:
            raise Unsupported("blank node")
        values = subject.get(p)
        if values is None:
            subject[p] = [value]
        elif value not in values:  # a graph is a set; pyld's node map drops repeats
            values.append(value)
    return nodes


class _Framing:
    """pyld's _match_frame for `@embed: @once`, no `@explicit`, wildcard frames: the first time
    the walk reaches a node it is embedded, every later time it is a reference. Properties are
    walked in sorted order, then the frame's reverse properties, whose subjects come in IRI
    order (pyld's merged node map is sorted)."""

    def __init__(self, nodes: dict[str, Node]) -> None:
        self.nodes = nodes
        self.embedded: set[str] = set()
        self._reverse: dict[str, dict[str, list[str]]] = {}

    def referrers(self, prop: str, target: str) -> list[str]:
        index = self._reverse.get(prop)
        if index is None:
            index = self._reverse[prop] = defaultdict(list)
            for sid in sorted(self.nodes):
                for value in self.nodes[sid].get(prop, ()):
                    if "@id" in value:  # values are distinct (node_map), so each subject comes once
                        index[value["@id"]].append(sid)
        return index.get(target, [])

    def embed(self, node_id: str, frame: dict[str, Any]) -> dict[str, Any]:
        if node_id in self.embedded:
            return {"@id": node_id}
        self.embedded.add(node_id)
        out: dict[str, Any] = {"@id": node_id}
        node = self.nodes[node_id]
        for prop in sorted(node):
            values = node[prop]
            if prop == "@type":
                out["@type"] = list(values)
                continue
            subframe = frame.get(prop, {})
            out[prop] = [self.embed(v["@id"], subframe) if "@id" in v else v for v in values]
        for prop, subframe in sorted(frame.get("@reverse", {}).items()):
            for sid in self.referrers(prop, node_id):
                out.setdefault("@reverse", {}).setdefault(prop, []).append(self.embed(sid, subframe))
        return out


class Compactor:
    """pyld's _compact and _compact_value for what _Framing gives, with a processed context and
    pyld's own term choice (`compact_iri`, a bound method of kg.jsonld's processor), remembered
    here by what it depends on. Language tags are re-cased as they are written (`recase`)."""

    def __init__(self, active_ctx: dict[str, Any], compact_iri: Any, recase: Any) -> None:
        mappings = active_ctx["mappings"]
        if "@language" in active_ctx or active_ctx.get("@base") or any(
                term.startswith("@") or (m and (
                    m.get("@context") is not None or m.get("@nest") or m.get("reverse")
                    or str(m.get("@id", "")).startswith("@") or m.get("@type") in ("@json", "@none")
                    or {"@index", "@id", "@type", "@graph", "@list"} & set(m.get("@container") or ())))
                for term, m in mappings.items()):
            # A default language or base, keyword aliases or definitions, scoped contexts, nesting,
            # reverse terms, JSON literals, lists, maps other than language maps: steps this module
            # does not take.
            raise Unsupported("context")
        self.ctx = active_ctx
        self.compact_iri = compact_iri
        self.recase = recase
        self._terms: dict[tuple[Any, ...], tuple[str, Any, bool, bool, Any]] = {}
        self._vocab: dict[str, str] = {}
        self._term_iris = term_iris(active_ctx)
        # An IRI that starts with no term's IRI, and not with a term and a colon, is written as
        # it is when it is not a vocabulary IRI (no base: checked above).
        self._maybe_compact = tuple(self._term_iris) + tuple(f"{term}:" for term in mappings)

    def _iri(self, iri: str) -> str:
        if iri.startswith(self._maybe_compact):
            return self.compact_iri(self.ctx, iri, None, False, "")
        return iri

    def _vocab_iri(self, iri: str) -> str:
        found = self._vocab.get(iri)
        if found is None:
            if len(self._vocab) > 100_000:  # node IRIs under an @vocab term would grow it without end
                self._vocab.clear()
            found = self._vocab[iri] = self.compact_iri(self.ctx, iri, None, True)
        return found

    def _term(self, prop: str, item: dict[str, Any], reverse: bool) -> tuple[str, Any, bool, bool, Any]:
        """The term pyld chooses for `item` under `prop`, with what its definition says: @type,
        whether it is a language map, whether it keeps arrays, @language."""
        if "@value" in item:
            key: tuple[Any, ...] = (prop, reverse, item.get("@language"), item.get("@type"), len(item))
        else:  # what pyld's choice looks at in a node: its keywords, whether it has properties,
            # and its IRI when that is a term's (pyld then prefers @vocab terms)
            node_id = item["@id"]
            key = (prop, reverse, "@type" in item, "@reverse" in item, len(item) > 1 + ("@type" in item)
                   + ("@reverse" in item), node_id if node_id in self._term_iris else None)
        found = self._terms.get(key)
        if found is None:
            term = self.compact_iri(self.ctx, prop, item, True, None, reverse)
            if term.startswith("@"):  # a property IRI that compacts to a keyword (…/@language)
                raise Unsupported("property written as a keyword")
            mapping = self.ctx["mappings"].get(term) or {}
            container = mapping.get("@container") or ()
            found = self._terms[key] = (term, mapping.get("@type"), "@language" in container,
                                        "@set" in container or "@list" in container, mapping.get("@language"))
        return found

    def node(self, element: dict[str, Any], reverse: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in sorted(element):
            value = element[key]
            if key == "@id":
                out["@id"] = self._iri(value)
            elif key == "@type":
                types = [self._vocab_iri(t) for t in value]
                out["@type"] = types[0] if len(types) == 1 else types
            elif key == "@reverse":
                out["@reverse"] = self.node(value, reverse=True)
            else:
                for item in value:
                    self._add(out, key, item, reverse)
        return out

    def _add(self, out: dict[str, Any], prop: str, item: dict[str, Any], reverse: bool) -> None:
        term, type_, language_map, as_array, language = self._term(prop, item, reverse)
        if "@value" in item:
            compacted: Any = self._value(item, type_, language)
        elif len(item) == 1:  # a node reference
            iri = self._vocab_iri(item["@id"]) if type_ == "@vocab" else self._iri(item["@id"])
            compacted = iri if type_ in ("@id", "@vocab") else {"@id": iri}
        else:
            compacted = self.node(item)
        if language_map:
            if isinstance(compacted, dict) and "@value" in compacted:
                compacted = compacted["@value"]
            tag = item.get("@language")
            _add_value(out.setdefault(term, {}), self.recase(tag) if tag else "@none", compacted, as_array)
        else:
            _add_value(out, term, compacted, as_array)

    def _value(self, value: dict[str, Any], type_: Any, language: Any) -> Any:
        if type_ != "@none":
            if "@type" in value and value["@type"] == type_:
                return value["@value"]
            if "@language" in value and value["@language"] == language:
                return value["@value"]
            if len(value) == 1:
                return value["@value"]
        if "@type" in value:
            return {"@type": self._vocab_iri(value["@type"]), "@value": value["@value"]}
        if "@language" in value:
            return {"@language": self.recase(value["@language"]), "@value": value["@value"]}
        return {"@value": value["@value"]}


def _add_value(target: dict[str, Any], key: str, value: Any, as_array: bool) -> None:
    """pyld's add_value with duplicates allowed."""
    if key not in target:
        target[key] = [value] if as_array else value
    elif isinstance(target[key], list):
        target[key].append(value)
    else:
        target[key] = [target[key], value]


def frame(nodes: dict[str, Node], top_type: str, top_frame: dict[str, Any], compactor: Compactor,
          ) -> dict[str, Any]:
    """The one node of `top_type`, framed with `top_frame` (expanded: property IRIs, '@reverse')
    and compacted. Unsupported when there is not exactly one such node, or it lacks a property
    the frame names (pyld would write a null default)."""
    tops = [nid for nid, node in nodes.items() if top_type in node.get("@type", ())]
    if len(tops) != 1 or any(p not in nodes[tops[0]] for p in top_frame if not p.startswith("@")):
        raise Unsupported("article record")
    return compactor.node(_Framing(nodes).embed(tops[0], top_frame))
