"""The build: sources -> raw items -> Articles -> article graphs -> validation -> writer.

One way through. Bad inputs are recorded and skipped; everything read before and after them is
kept. Validation runs on batches of articles (pyshacl's cost is per call, not per triple).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from kg.errors import InputError
from kg.iris import DEFAULT_BASE, Minter
from kg.mapping.article import Mapped, map_article
from kg.model import Article
from kg.namespaces import RDF, SDO
from kg.reading.article import read_article
from kg.reading.dates import DEFAULT_SOURCE_TZ, parse_tz
from kg.reading.sources import Source, expand, read_source
from kg.serialize import GraphWriter
from kg.urls import identity_key
from kg.validate import Finding, validate_graphs

# The types the summary counts, each node once under its most specific listed type.
ENTITY_TYPES: tuple[URIRef, ...] = (
    SDO.NewsArticle, SDO.WebPage, SDO.ImageObject, SDO.Person, SDO.NewsMediaOrganization,
    SDO.Organization, SDO.Place, SDO.Event,
)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    base: str = DEFAULT_BASE
    source_tz: str = DEFAULT_SOURCE_TZ
    validate: bool = True
    batch_size: int = 100


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class ArticleReport:
    source: str
    url: str
    graph: str
    triples: int
    warnings: tuple[str, ...]
    findings: tuple[Finding, ...] = ()

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "Violation")


@dataclass
class BuildSummary:
    articles: list[ArticleReport] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    _seen: dict[URIRef, str] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return not self.failures and not any(a.violations for a in self.articles)

    def count_entities(self, g: Graph) -> None:
        for node in set(g.subjects(RDF.type, None)):
            if node in self._seen:
                continue
            types = set(g.objects(node, RDF.type))
            kind = next((t for t in ENTITY_TYPES if t in types), None)
            if kind is not None:
                name = kind.removeprefix(str(SDO))
                self._seen[node] = name
                self.entities[name] += 1


ProgressHook = Callable[[Source], None]


def iter_articles(
    sources: Iterable[Source], options: BuildOptions, summary: BuildSummary,
    on_source: ProgressHook | None = None,
) -> Iterable[Article]:
    """Articles in input order. Failures and duplicates go to the summary; nothing stops the run."""
    tz = parse_tz(options.source_tz)
    first_by_url: dict[str, str] = {}
    for source in sources:
        for item in read_source(source):
            if isinstance(item, InputError):
                summary.failures.append(Failure(item.source, item.reason))
                continue
            try:
                article = read_article(item, tz)
            except InputError as e:
                summary.failures.append(Failure(e.source, e.reason))
                continue
            except Exception as e:  # a reader bug must cost one article, not the batch
                summary.failures.append(Failure(item.source, f"could not be read: {e!r}"))
                continue
            key = identity_key(article.url)
            if key in first_by_url:
                summary.failures.append(Failure(
                    item.source, f"duplicate article: same URL as {first_by_url[key]}; kept that one"))
                continue
            first_by_url[key] = item.source
            yield article
        if on_source:
            on_source(source)


def build(
    inputs: Iterable[str], writer: GraphWriter | None, options: BuildOptions = BuildOptions(),
    on_source: ProgressHook | None = None, sources: list[Source] | None = None,
) -> BuildSummary:
    """Build every article of the inputs into `writer`; return what happened."""
    summary = BuildSummary()
    mint = Minter(options.base)
    batch: list[tuple[Article, Mapped]] = []

    def flush() -> None:
        reports = _validate(batch) if options.validate else {}
        for article, mapped in batch:
            summary.articles.append(ArticleReport(
                source=article.source, url=article.url, graph=str(mapped.graph.identifier),
                triples=len(mapped.graph), warnings=article.warnings + mapped.warnings,
                findings=reports.get(article.source, ()),
            ))
            summary.count_entities(mapped.graph)
            summary.triples += len(mapped.graph)
            if writer is not None:
                writer.add(mapped.graph)
        batch.clear()

    for article in iter_articles(sources if sources is not None else expand(inputs), options,
                                 summary, on_source):
        batch.append((article, map_article(article, mint)))
        if len(batch) >= options.batch_size:
            flush()
    flush()
    return summary


def _validate(batch: list[tuple[Article, Mapped]]) -> dict[str, tuple[Finding, ...]]:
    """Validate a batch together, then give each finding to the articles whose graph describes
    the focus node (a shared node's finding goes to each)."""
    if not batch:
        return {}
    report = validate_graphs(m.graph for _, m in batch)
    out: dict[str, list[Finding]] = {}
    for finding in report.findings:
        focus = URIRef(finding.focus)
        for article, mapped in batch:
            if (focus, None, None) in mapped.graph:
                out.setdefault(article.source, []).append(finding)
    return {k: tuple(v) for k, v in out.items()}
