"""What a site publishes: the resources under the graph's base IRI, their descriptions and labels,
read from an Oxigraph store (the embedded one, or graph files loaded into memory)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import sparql
from kg.namespaces import RDF, SDO

# Kinds of page, by the type that gives them (the first that applies), in the order indexes show.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("article", str(SDO.NewsArticle), "文章 Articles"),
    ("event", str(SDO.Event), "事件 Events"),
    ("person", str(SDO.Person), "人物 People"),
    ("place", str(SDO.Place), "地点 Places"),
    ("organization", str(SDO.Organization), "机构 Organizations"),
    ("image", str(SDO.ImageObject), "图片 Images"),
    ("work", str(SDO.CreativeWork), "作品 Works"),  # what events release or enact (《哪吒2》)
)
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_LABELS = [ox.NamedNode(str(p)) for p in (SDO.headline, SDO.name, SDO.caption)]
_DATE = ox.NamedNode(str(SDO.datePublished))
_START = ox.NamedNode(str(SDO.startDate))


@dataclass(slots=True)
class Resource:
    iri: str
    kind: str
    path: str  # under the base: person/xi-jinping
    label: str = ""
    date: str = ""  # an article's datePublished, an event's startDate: for ordering
    types: list[str] = field(default_factory=list)


def label_of(store: ox.Store, node: ox.NamedNode) -> str:
    """The simplified-Chinese label if there is one, else another Chinese one, else the English,
    else any (the smallest of each, so that the choice does not depend on storage order)."""
    best: dict[str, str] = {}
    for p in _LABELS:
        for q in store.quads_for_pattern(node, p, None, ox.DefaultGraph()):
            lang = (q.object.language or "") if isinstance(q.object, ox.Literal) else ""
            kind = "hans" if lang == "zh-hans" else "zh" if lang.startswith("zh") else "en" if lang == "en" else "other"
            best[kind] = min(best.get(kind, q.object.value), q.object.value)
        if best:
            break
    return best.get("hans") or best.get("zh") or best.get("en") or best.get("other") or ""


_SAFE_PATH = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*")


def safe_path(path: str) -> bool:
    """A path the site may write: plain segments, none empty, none starting with a dot (no "..",
    no absolute path, nothing a URL would have to escape)."""
    return bool(_SAFE_PATH.fullmatch(path)) and path.rsplit("/", 1)[-1] not in ("index", "void", "sitemap")


def collect(store: ox.Store, base: str) -> list[Resource]:
    """Every resource under `base` with a kind of page, sorted by kind, then label, then IRI.
    Articles are those built (the main entity of an article graph), not those only cited."""
    built = {row["a"].value for row in store.query(sparql.text("built_articles"))}
    found: dict[str, Resource] = {}
    only_cited: set[str] = set()  # articles kg did not build: no page as a work either
    for kind, type_iri, _ in KINDS:
        for q in store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(type_iri), ox.DefaultGraph()):
            iri = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
            if not iri.startswith(base) or "#" in iri or iri in found or not safe_path(iri[len(base):]):
                continue
            if kind == "article" and iri not in built:
                only_cited.add(iri)
                continue
            if iri in only_cited:
                continue
            r = Resource(iri, kind, iri[len(base):], label_of(store, q.subject))
            date = _DATE if kind == "article" else _START
            dated = store.quads_for_pattern(q.subject, date, None, ox.DefaultGraph())
            r.date = next((d.object.value for d in dated), "")
            found[iri] = r
    order = {kind: i for i, (kind, _, _) in enumerate(KINDS)}
    return sorted(found.values(), key=lambda r: (order[r.kind], r.label, r.iri))


def describe(store: ox.Store, iri: str) -> list[ox.Triple]:
    """The resource's own triples, with those of its parts (place#geo), in a stable order."""
    node = ox.NamedNode(iri)
    triples = [q.triple for q in store.quads_for_pattern(node, None, None, ox.DefaultGraph())]
    for q in list(triples):
        o = q.object
        if isinstance(o, ox.NamedNode) and o.value.startswith(iri + "#"):
            triples += [t.triple for t in store.quads_for_pattern(o, None, None, ox.DefaultGraph())]
    return sorted(set(triples), key=str)
