"""kg publish: a static site that any web server can host under the graph's base IRI. Each resource
(article, event, person, place, organization, image) gets an HTML page (with its JSON-LD embedded),
a Turtle file and a JSON-LD file at its own path; index pages per kind, paged; an offline search;
a VoID description, full dumps and a sitemap. Output is sorted throughout: the same store gives the
same bytes."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from jinja2 import Environment, PackageLoader, select_autoescape

from kg import sparql
from kg.jsonld import compact, context
from kg.namespaces import KG_NS, SDO, XSD, prefixes
from kg.render import nquads_bytes
from kg.store import STATE_GRAPH
from kg.website.cards import card
from kg.website.home import home_lists
from kg.website.reading import article_view, citation_label
from kg.website.resources import KINDS, Resource, collect, describe, label_of
from kg.website.schemaorg import embedded as embedded_jsonld
from kg.website.svg import KIND_STYLE, legend, neighbourhood

PREFIXES = prefixes()
_URL = ox.NamedNode(str(SDO.url))
_WEB = ("http://", "https://")  # the only schemes a page links to or shows
KIND_LABELS = {kind: label for kind, _, label in KINDS}
_SITE_FILES = ("style.css", "search.js")
_INCOMING = {  # the lists on a resource's page: a heading, and a query in kg/sparql
    "mentioned": ("被以下文章提及 Mentioned in", "incoming_mentioned"),
    "events": ("参与的事件 Events", "incoming_events"),
    "authored": ("撰写的文章 Articles written", "incoming_authored"),
    "cited": ("引用的网站 Sites cited", "incoming_cited"),
}
CARDS = ("person", "place", "organization", "event", "work")  # kinds whose page opens with a card
SECTION_PAGE = 100  # entries of a list on a resource's page (each with its quote); the rest on pages of their own
SECTIONS = {"person": ("mentioned", "authored", "events"), "place": ("mentioned", "events"),
            "organization": ("mentioned", "events"), "event": ("mentioned",), "article": ("cited",)}


@dataclass
class Published:
    pages: int = 0
    files: int = 0
    bytes: int = 0
    largest_page: tuple[int, str] = (0, "")
    by_kind: dict[str, int] = field(default_factory=dict)


class _Site:
    def __init__(self, store: ox.Store, out: Path, base: str, name: str) -> None:
        self.store, self.out, self.base, self.name = store, out, base, name
        self.env = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]),
                               keep_trailing_newline=True)
        self.report = Published()
        self.resources: dict[str, Resource] = {}
        self._urls: dict[str, str] = {}
        self.ctx = context()
        self._incoming: dict[str, dict[str, list[tuple[str, str]]]] = {}
        self._quotes: dict[tuple[str, str], str] | None = None
        self.refs: dict[str, dict[str, object]] = {}  # what pages say of a mentioned thing, kept between pages
        self.english: dict[str, str] = {}

    def write(self, rel: str, data: bytes) -> None:
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.report.files += 1
        self.report.bytes += len(data)

    def page(self, rel: str, template: str, **context: object) -> None:
        depth = rel.count("/")
        html = self.env.get_template(template).render(root="../" * depth, site_name=self.name, **context)
        data = html.encode("utf-8")
        self.write(rel, data)
        self.report.pages += 1
        self.report.largest_page = max(self.report.largest_page, (len(data), rel))

    def incoming(self, key: str, iri: str) -> list[tuple[str, str]]:
        """What one of the _INCOMING lists holds for a resource, (IRI, date) in the query's order.
        Each query runs once for the whole site, grouped here by resource: one query per page
        cost a third of publishing, most of it the same work repeated."""
        if key not in self._incoming:
            grouped: dict[str, list[tuple[str, str]]] = {}
            for row in self.store.query(sparql.text(_INCOMING[key][1])):
                grouped.setdefault(row["r"].value, []).append(
                    (row["x"].value, row["d"].value if row["d"] is not None else ""))
            self._incoming[key] = grouped
        return self._incoming[key].get(iri, [])

    def quote(self, entity: str, article: str) -> str:
        """A sentence of the article that names the entity (one query for the whole site)."""
        if self._quotes is None:
            self._quotes = {(row["r"].value, row["x"].value): row["quote"].value
                            for row in self.store.query(sparql.text("mention_sentences")) if row["quote"] is not None}
        return self._quotes.get((entity, article), "")

    def label(self, node: ox.NamedNode) -> str:
        r = self.resources.get(node.value)
        return r.label if r is not None and r.label else label_of(self.store, node)

    def href(self, iri: str, depth: int) -> str:
        """Where a link to `iri` goes: its page; a part of a page (place#geo); for a node under the
        base with no page (a cited page, an article only cited), its URL on the web, or nowhere
        ("") rather than a link the site would answer with 404; any other http(s) IRI as it is. No
        other scheme (javascript:, data:) ever becomes a link: this is the one place that decides."""
        r = self.resources.get(iri)
        if r:
            return "../" * depth + r.path + ".html"
        doc, hashmark, fragment = iri.partition("#")
        if hashmark and doc in self.resources:
            return self.href(doc, depth) + "#" + fragment
        if iri.startswith(self.base):
            return self._web_url(iri)
        return iri if iri.startswith(_WEB) else ""

    def _web_url(self, iri: str) -> str:
        if iri not in self._urls:
            urls = sorted(q.object.value for q in self.store.quads_for_pattern(
                ox.NamedNode(iri), _URL, None, ox.DefaultGraph()) if isinstance(q.object, ox.NamedNode))
            self._urls[iri] = next((u for u in urls if u.startswith(_WEB)), "")
        return self._urls[iri]


MARKER = ".kg-site"  # in every site kg publishes: only such a directory is ever replaced


def publish(store: ox.Store, out: Path, base: str, *, name: str = "kg", page_size: int = 100,
            license_iri: str | None = None, sparql_endpoint: str | None = None) -> Published:
    base = base if base.endswith(("/", "#")) else base + "/"  # as the IRIs were minted (kg.iris)
    site = _Site(store, out, base, name)
    resources = collect(store, base)
    site.resources = {r.iri: r for r in resources}
    for r in resources:
        _resource(site, r)
        site.report.by_kind[r.kind] = site.report.by_kind.get(r.kind, 0) + 1
    _indexes(site, resources, page_size)
    for name_ in _SITE_FILES:
        site.write(name_, files("kg").joinpath("templates", name_).read_bytes())
    search = json.dumps([[r.label or r.path, r.path, r.kind] for r in resources], ensure_ascii=False,
                        separators=(",", ":"))
    site.write("search.json", search.encode("utf-8"))
    # The same as a script, which a page opened from file:// may load (fetch() there may not).
    script = "window.kgSearch = " + search.replace("<", "\\u003c") + ";\n"  # no "</script>" can close it
    site.write("search-index.js", script.encode("utf-8"))
    site.page("search.html", "search.html", title="搜索 Search")
    _dumps(site)
    _void(site, resources, license_iri, sparql_endpoint)
    _sitemap(site, resources)
    site.write(MARKER, f"kg site of {base}\n".encode())
    return site.report


def _serialize(triples: list[ox.Triple], fmt: ox.RdfFormat, base: str) -> bytes:
    return ox.serialize(triples, format=fmt, prefixes=prefixes(base if fmt == ox.RdfFormat.TURTLE else None))


def _resource(site: _Site, r: Resource) -> None:
    triples = describe(site.store, r.iri)
    depth = r.path.count("/")
    name = r.path.rsplit("/", 1)[-1]
    ttl = _serialize(triples, ox.RdfFormat.TURTLE, site.base)
    # Compact JSON-LD with the bundled context inside, so each file reads alone, offline.
    doc = compact(json.loads(ox.serialize(triples, format=ox.RdfFormat.JSON_LD)), site.ctx)
    jsonld = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    site.write(r.path + ".ttl", ttl)
    site.write(r.path + ".jsonld", jsonld)
    rows: dict[str, list[dict[str, str]]] = {}
    for t in triples:
        if t.subject.value != r.iri:
            continue
        rows.setdefault(_short(t.predicate.value), []).append(_value(site, t.object, depth))
    sections = []
    for key in SECTIONS.get(r.kind, ()):
        title = _INCOMING[key][0]
        items = [{"href": site.href(x, depth), "text": site.resources[x].label if x in site.resources else x,
                  "date": d, "quote": site.quote(r.iri, x) if key == "mentioned" else ""}
                 for x, d in site.incoming(key, r.iri)]
        if items:
            sections.append({"key": key, "title": title, "total": len(items), "entries": items[:SECTION_PAGE],
                             "more": _more_pages(site, r, key, title, items)})
    # Embedded JSON-LD in the shape schema.org consumers read (kg.website.schemaorg); the full RDF
    # is in the .ttl and .jsonld beside the page. "<" escaped: no text can close the script element.
    consumer = json.dumps(embedded_jsonld(site.store, r.iri, site.refs), ensure_ascii=False, sort_keys=True, indent=1)
    embedded = consumer.replace("<", "\\u003c")
    picture, kinds, article = None, [], None
    if r.kind == "article":
        neighbours = _neighbours(site, r, triples, depth)
        picture, kinds = neighbourhood(r.label or r.path, neighbours), legend(neighbours)
        article = article_view(site.store, r.iri, lambda i: site.href(i, depth),
                               lambda i: site.resources[i].kind if i in site.resources else "",
                               lambda n: site.label(n), site.english)
    about = card(site.store, r.iri, lambda i: site.href(i, depth), site.label) if r.kind in CARDS else None
    site.page(r.path + ".html", "resource.html", title=r.label or r.path, iri=r.iri, name=name,
              kind_label=KIND_LABELS[r.kind], jsonld=embedded, image=_image(site, r), picture=picture,
              legend=kinds, article=article, card=about,
              rows=[{"property": p, "vals": v} for p, v in sorted(rows.items())], sections=sections)


_NEIGHBOUR_KINDS = {str(SDO.author): "author", str(SDO.about): "event", str(SDO.citation): "cited"}


def _neighbours(site: _Site, r: Resource, triples: list[ox.Triple], depth: int) -> list[tuple[str, str, str]]:
    """The article's neighbourhood, (kind, label, href): its authors, events, the people, places
    and organizations it mentions, and what it cites."""
    neighbours = []
    for t in triples:
        if t.subject.value != r.iri or not isinstance(t.object, ox.NamedNode):
            continue
        target = site.resources.get(t.object.value)
        kind = _NEIGHBOUR_KINDS.get(t.predicate.value)
        if t.predicate.value == str(SDO.mentions) and target is not None and target.kind in (
                "event", "person", "place", "organization"):
            kind = target.kind
        if kind is None:
            continue
        if kind == "cited":
            label = citation_label(site.store, t.object)
        else:
            label = (target.label if target is not None and target.label else "") or label_of(site.store, t.object)
        label = label or t.object.value
        href = site.href(t.object.value, depth)
        if target is None and not href.startswith(_WEB):  # only pages and the web: no parts, no blanks
            continue
        neighbours.append((kind, label, href))
    order = list(KIND_STYLE)
    neighbours.sort(key=lambda n: (order.index(n[0]), n[1], n[2]))
    return neighbours


def _more_pages(site: _Site, r: Resource, key: str, title: str, items: list[dict[str, str]]) -> str:
    """A long list (every article that mentions a country) goes on on pages of its own, so that no
    page grows past 100 KB. Returns the first of them, relative to the resource's page, or ""."""
    if len(items) <= SECTION_PAGE:
        return ""
    name = r.path.rsplit("/", 1)[-1]
    pages = -(-len(items) // SECTION_PAGE)
    for n in range(2, pages + 1):
        chunk = items[(n - 1) * SECTION_PAGE:n * SECTION_PAGE]
        site.page(f"{r.path}-{key}-{n}.html", "index.html", title=f"{r.label} · {title}", total=len(items), page=n,
                  pages=pages, first=(n - 1) * SECTION_PAGE + 1, entries=chunk,
                  prev=f"{name}-{key}-{n - 1}.html" if n > 2 else f"{name}.html",
                  next=f"{name}-{key}-{n + 1}.html" if n < pages else "")
    return f"{name}-{key}-2.html"


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _value(site: _Site, term: ox.NamedNode | ox.BlankNode | ox.Literal, depth: int) -> dict[str, str]:
    if isinstance(term, ox.Literal):
        lang = term.language or ("" if term.datatype.value == str(XSD.string) else _short(term.datatype.value))
        return {"text": term.value, "lang": lang, "href": ""}
    if isinstance(term, ox.NamedNode):
        r = site.resources.get(term.value)
        href = site.href(term.value, depth)
        return {"text": r.label if r and r.label else label_of(site.store, term) or term.value, "lang": "",
                "href": href}
    return {"text": str(term), "lang": "", "href": ""}


def _image(site: _Site, r: Resource) -> dict[str, str] | None:
    """An article's lead image, or an image itself, with its caption and credit."""
    node = ox.NamedNode(r.iri)
    if r.kind == "article":
        found = next(site.store.quads_for_pattern(node, ox.NamedNode(str(SDO.image)), None, ox.DefaultGraph()), None)
        if found is None:
            return None
        node = found.object
    elif r.kind != "image":
        return None

    def first(p: str) -> str:
        q = next(site.store.quads_for_pattern(node, ox.NamedNode(p), None, ox.DefaultGraph()), None)
        return q.object.value if q is not None else ""

    url = first(str(SDO.contentUrl))
    if not url.startswith(_WEB):
        return None  # a data: or javascript: URL is never put in a page
    return {"url": url, "caption": first(str(SDO.caption)), "credit": first(str(SDO.creditText))}


def _indexes(site: _Site, resources: list[Resource], page_size: int) -> None:
    kinds = []
    for kind, _, label in KINDS:
        items = [r for r in resources if r.kind == kind]
        if kind in ("article", "event"):  # newest first
            items.sort(key=lambda r: (r.date, r.label, r.iri), reverse=True)
        pages = max(1, -(-len(items) // page_size))
        kinds.append({"href": f"index/{kind}-1.html", "label": label, "count": len(items)})
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * page_size:n * page_size]
            site.page(f"index/{kind}-{n}.html", "index.html", title=label, total=len(items), page=n, pages=pages,
                      first=(n - 1) * page_size + 1,
                      entries=[{"href": "../" + r.path + ".html", "text": r.label or r.path, "date": r.date[:10]}
                             for r in chunk],
                      prev=f"{kind}-{n - 1}.html" if n > 1 else "", next=f"{kind}-{n + 1}.html" if n < pages else "")
    home = home_lists(resources, lambda iri: len(site.incoming("mentioned", iri)))
    site.page("index.html", "index.html", title=site.name, kinds=kinds, home=home)



def _dumps(site: _Site) -> None:
    """dump.nq.gz (the article graphs) and dump.ttl (the default graph), lines sorted. Oxigraph
    writes each graph (a Python loop over a million quads took a quarter of publishing)."""
    graphs = sorted((g for g in site.store.named_graphs() if g != STATE_GRAPH and isinstance(g, ox.NamedNode)),
                    key=lambda g: g.value)
    if graphs:
        lines = [line for g in graphs for line in nquads_bytes(g.value, _lines(site.store, g)).splitlines(True)]
    else:  # graph files loaded without named graphs: the triples
        lines = _lines(site.store, ox.DefaultGraph())
    lines.sort()
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=6) as gz:  # mtime 0: the same bytes
        gz.write(b"".join(lines))
    site.write("dump.nq.gz", buf.getvalue())
    default = sorted(set(_lines(site.store, ox.DefaultGraph())))
    triples = list(ox.parse(b"".join(default), format=ox.RdfFormat.N_TRIPLES))
    site.write("dump.ttl", _serialize(triples, ox.RdfFormat.TURTLE, site.base))


def _lines(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> list[bytes]:
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    return data.splitlines(keepends=True)


def _void(site: _Site, resources: list[Resource], license_iri: str | None, sparql: str | None) -> None:
    void = "http://rdfs.org/ns/void#"
    dataset = ox.NamedNode(site.base + "void")
    triples_count = sum(1 for _ in site.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def t(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> ox.Triple:
        return ox.Triple(s, ox.NamedNode(p), o)

    def n(value: int) -> ox.Literal:
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.integer)))

    out = [t(dataset, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ox.NamedNode(void + "Dataset")),
           t(dataset, void + "triples", n(triples_count)),
           t(dataset, void + "entities", n(len(resources))),
           t(dataset, void + "uriSpace", ox.Literal(site.base)),
           t(dataset, void + "dataDump", ox.NamedNode(site.base + "dump.nq.gz")),
           t(dataset, void + "dataDump", ox.NamedNode(site.base + "dump.ttl")),
           t(dataset, void + "vocabulary", ox.NamedNode(str(SDO))),
           t(dataset, void + "vocabulary", ox.NamedNode(KG_NS)),
           t(dataset, "http://purl.org/dc/terms/title", ox.Literal(site.name))]
    if license_iri:
        out.append(t(dataset, "http://purl.org/dc/terms/license", ox.NamedNode(license_iri)))
    if sparql:
        out.append(t(dataset, void + "sparqlEndpoint", ox.NamedNode(sparql)))
    for kind, type_iri, _ in KINDS:
        part = ox.NamedNode(f"{site.base}void#{kind}")
        out += [t(dataset, void + "classPartition", part), t(part, void + "class", ox.NamedNode(type_iri)),
                t(part, void + "entities", n(sum(1 for r in resources if r.kind == kind)))]
    names = {"void": void, "dcterms": "http://purl.org/dc/terms/", "schema": str(SDO)}
    site.write("void.ttl", ox.serialize(sorted(out, key=str), format=ox.RdfFormat.TURTLE, prefixes=names))


def _sitemap(site: _Site, resources: Iterable[Resource]) -> None:
    from xml.sax.saxutils import escape

    urls = [site.base, *sorted(r.iri for r in resources)]
    body = "".join(f"<url><loc>{escape(u)}</loc></url>\n" for u in urls)
    site.write("sitemap.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n'
                               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                               f"{body}</urlset>\n").encode())
