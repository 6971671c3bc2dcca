"""The build: sources -> raw items -> Articles -> article graphs -> validation -> sinks.

One way through. Bad inputs are recorded and skipped; everything read before and after them is
kept. Validation runs on batches of articles (pyshacl's cost is mostly per call). Batches of
sources are the unit of work, done in worker processes when the output allows.
"""

from __future__ import annotations

import gc
import heapq
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rdflib import Graph, URIRef

from kg import publications
from kg.entities import gazetteer
from kg.entities.extract import Extractor
from kg.errors import InputError
from kg.events.extract import extract_events
from kg.iris import DEFAULT_BASE, Minter, check_base
from kg.limits import ArticleTimeout, Limits, cut_body, cut_mentions, time_limit
from kg.mapping.article import Mapped, map_article
from kg.model import Article, Extraction
from kg.namespaces import RDF, SDO
from kg.reading.article import read_article
from kg.reading.dates import DEFAULT_SOURCE_TZ, parse_tz, url_date
from kg.reading.sources import Source, expand, read_source
from kg.render import article_part
from kg.serialize import ntriples_lines
from kg.shacl import Finding, validate_graphs
from kg.text import article_parts, mention_parts
from kg.urls import identity_key
from kg.workers import fewer_collections, in_order

# The types the summary counts, each node once under its most specific listed type.
ENTITY_TYPES: tuple[URIRef, ...] = (
    SDO.NewsArticle, SDO.WebPage, SDO.ImageObject, SDO.Person, SDO.NewsMediaOrganization,
    SDO.Organization, SDO.Place, SDO.Event,
)


# Articles read before their entities are extracted: the tagger's cost is mostly per call, so it
# tags a group's paragraphs in one (bench/bench_ner.py prints what that saves).
TAG_GROUP = 32


@dataclass(frozen=True, slots=True)
class BuildOptions:
    base: str = DEFAULT_BASE
    source_tz: str = DEFAULT_SOURCE_TZ
    validate: bool = True
    batch_size: int = 250  # articles validated together; also the unit of work of a worker
    workers: int | None = None  # processes for line-based output; None: one per CPU
    entities: bool = True  # extract the people, places and organizations articles mention
    gazetteers: tuple[str, ...] = ()  # user gazetteer files, added to the bundled one
    tune_gc: bool = False  # the CLI's choice for its processes; a library leaves the collector alone
    limits: Limits = field(default_factory=Limits)  # how much of one article is read, extracted, waited for


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
    """Counts, not per-article records (those go to on_article as they come), so that a long
    build's memory stays nearly flat. What does grow: the failures (listed at the end), the IRIs
    of distinct entities, to count each once (about 100 bytes each), and a hash per distinct
    SHACL warning."""

    built: int = 0
    invalid: int = 0  # articles with SHACL violations
    triples: int = 0
    failures: list[Failure] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    _seen: set[str] = field(default_factory=set, repr=False)
    _warnings: set[int] = field(default_factory=set, repr=False)  # hashes: a long build stays lean

    @property
    def shacl_warnings(self) -> int:
        """Distinct warnings: a shared node's warning is given to each article describing it, and
        counted once, as `kg validate` counts it on the written file."""
        return len(self._warnings)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.invalid

    def add(self, report: ArticleReport) -> None:
        self.built += 1
        self.triples += report.triples
        self.invalid += bool(report.violations)
        self._warnings.update(hash(f) for f in report.findings if f.severity == "Warning")

    def count(self, types: Iterable[tuple[str, str]]) -> None:
        """Count each node once, under the type its first article gave it."""
        for node, name in types:
            if node not in self._seen:
                self._seen.add(node)
                self.entities[name] += 1


ProgressHook = Callable[[Source], None]
ArticleHook = Callable[[ArticleReport], None]


@dataclass(frozen=True, slots=True)
class Built:
    """One article, mapped and validated: all the writer and the summary need from a worker."""

    report: ArticleReport
    key: str  # the URL's identity key, to drop duplicates
    lines: tuple[bytes, ...]  # the graph as sorted N-Triples lines (empty when no sink needs them)
    types: tuple[tuple[str, str], ...]  # (node IRI, type name) for the entity count
    graph: Graph | None = None  # kept in-process for writers that need whole graphs
    parts: tuple[tuple[str, bytes], ...] = ()  # (format, the article's part of a file in it): kg.render
    statements: int = 0  # lines in the article's graph


def build_sources(sources: list[Source], options: BuildOptions, keep_graphs: bool = False,
                  parts: tuple[str, ...] = (), keep_lines: bool = True) -> list[Built | Failure]:
    """Read, map and validate the articles of some sources: one unit of work, in input order.
    Each article is also rendered as its part of a file in each of the `parts` formats. Without
    `keep_lines` the outcomes carry the parts only: a worker then sends the parent half as much."""
    with fewer_collections() if options.tune_gc else nullcontext():
        return _build_sources(sources, options, keep_graphs, parts, keep_lines)


def _build_sources(sources: list[Source], options: BuildOptions, keep_graphs: bool, parts: tuple[str, ...],
                   keep_lines: bool) -> list[Built | Failure]:
    tz = parse_tz(options.source_tz)
    mint = Minter(options.base)
    extractor = extractor_for(options.gazetteers) if options.entities else None
    outcomes: list[Built | Failure] = []
    batch: list[tuple[Article, Mapped]] = []
    first_here: dict[str, str] = {}  # URL identity -> first source, within this unit of work

    def flush() -> None:
        findings = _validate(batch) if options.validate else {}
        for article, mapped in batch:
            g = mapped.graph
            report = ArticleReport(
                source=article.source, url=article.url, graph=str(g.identifier), triples=mapped.triples(),
                warnings=article.warnings + mapped.warnings, findings=findings.get(article.source, ()))
            types = _entity_types(g)
            lines = tuple(heapq.merge(ntriples_lines(g), mapped.evidence_lines()))
            whole = mapped.whole() if keep_graphs else None
            rendered = tuple((fmt, article_part(fmt, report.graph, lines, options.base)) for fmt in parts)
            outcomes.append(Built(report=report, key=identity_key(article.url), lines=lines if keep_lines else (),
                                  types=types, graph=whole, parts=rendered, statements=len(lines)))
        batch.clear()
        gc.collect()  # parse trees are cyclic: free this batch's now, so memory stays flat

    read: list[tuple[str, Article]] = []  # read, not yet extracted: tagged together (TAG_GROUP)

    def build_read() -> None:
        if extractor is not None:
            extractor.prefetch([mention_parts(article) for _, article in read])
        for source, article in read:
            try:
                with time_limit(options.limits.seconds, "the article"):
                    extraction = cut_mentions(extract(article, extractor), options.limits) if extractor else None
                    batch.append((article, map_article(article, mint, extraction)))
            except ArticleTimeout as e:
                outcomes.append(Failure(source, str(e)))
            except Exception as e:  # an extractor or mapper bug must cost one article, not the batch
                outcomes.append(Failure(source, f"could not be built: {e!r}"))
            if len(batch) >= options.batch_size:
                flush()
        read.clear()
        if extractor is not None:
            extractor.prefetch(())

    for source in sources:
        for item in read_source(source):
            if isinstance(item, InputError):
                outcomes.append(Failure(item.source, item.reason))
                continue
            limits = options.limits
            if len(item.html) > limits.item_chars:
                outcomes.append(Failure(item.source, f"item is {len(item.html):,} characters, more than "
                                                     f"--max-item-chars {limits.item_chars:,}; refused"))
                continue
            try:
                with time_limit(limits.seconds, "the article"):
                    article = cut_body(read_article(item, tz), limits)
                    key = identity_key(article.url)
                    if key in first_here:  # dropped before validation, which would merge the two
                        outcomes.append(duplicate(item.source, first_here[key]))
                        continue
                    first_here[key] = item.source
                    read.append((item.source, article))
            except InputError as e:
                outcomes.append(Failure(e.source, e.reason))
            except ArticleTimeout as e:
                outcomes.append(Failure(item.source, str(e)))
            except Exception as e:  # a reader bug must cost one article, not the batch
                outcomes.append(Failure(item.source, f"could not be built: {e!r}"))
            if len(read) >= TAG_GROUP:
                build_read()
    build_read()
    flush()
    return outcomes


BRIEFING = ("简报：", "简报:", "簡報：", "簡報:")  # the NYT's morning newsletter for Asia (简报：问天实验舱升空…)
REPUBLISHED = 60  # days: how much later than its URL's date a page's own time may be and still be a re-publication


def written_on(article: Article) -> date | None:
    """The day the text's 周五 and 上个月 count from: the publication date, or the URL's date when
    that is more than a day earlier (and within REPUBLISHED days): a page re-published a week later
    keeps the words written for its first day (cn.nytimes.com/usa/20220817/… with pudate 08-24).
    A page that shows its URL's date (2012年1月22日) was written that day, however late re-posted."""
    if article.first_published is not None:
        return article.first_published
    if article.published is None:
        return None
    day = article.published.date()
    if (first := url_date(article.url)) and 1 < (day - first).days <= REPUBLISHED:
        return first
    return day


def written_the_evening_before(article: Article, written: date | None) -> bool:
    """The newsroom wrote the text on the day before the one it counts from: an NYT page posted on
    a Beijing morning was written the evening before in New York (kg.publications newsroom_tz). Its
    周一, in a Monday-morning page, is last Monday."""
    pub = publications.for_url(article.url)
    if pub is None or not pub.newsroom_tz or article.published is None or written != article.published.date() \
            or article.headline.lstrip().startswith(BRIEFING) or publications.written_in_asia(
                next((p.text for p in article.paragraphs if p.text), "")):
        return False  # a briefing, or a correspondent in Asia, writes for the reader's day: its 今天 is the page's
    try:
        newsroom = ZoneInfo(pub.newsroom_tz)
    except ZoneInfoNotFoundError:  # no time-zone data on this machine (Windows without tzdata)
        return False
    return article.published.astimezone(newsroom).date() < written


def extract(article: Article, extractor: Extractor) -> Extraction:
    """Entities, then the events they take part in (dates resolved against publication)."""
    parts = article_parts(article)
    found = extractor.extract(mention_parts(article, parts))
    written = written_on(article)
    ev = extract_events(parts, found, {e.key: e for e in found.entities}, written, article.url,
                        written_the_evening_before(article, written))
    return replace(found, entities=found.entities + ev.parties, facts=found.facts + ev.facts, events=ev.events,
                   mentions=tuple(sorted(found.mentions + ev.triggers)), warnings=ev.warnings)


def extractor_for(gazetteers: tuple[str, ...]) -> Extractor:
    """One extractor per process and gazetteer list: loading the gazetteer takes a fifth of a second.
    A gazetteer file that changed (size or modification time) is read again."""
    return _extractor(tuple((p, *_stamp(p)) for p in gazetteers))


def _stamp(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:  # gazetteer.load names the file and the reason
        return (-1, -1)
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _extractor(stamped: tuple[tuple[str, int, int], ...]) -> Extractor:
    return Extractor(gazetteer.load(Path(p) for p, *_ in stamped))


class Sink(Protocol):
    """Where built article graphs go: a file writer, the store. Line-based sinks take sorted
    N-Triples lines (add_lines), which worker processes can produce; others need graphs."""

    @property
    def needs_graph(self) -> bool: ...

    def add(self, graph: Graph) -> None: ...

    def add_lines(self, graph_iri: str, lines: Sequence[bytes]) -> None: ...


class PartSink(Sink, Protocol):
    """A sink that takes each article as its part of a file (kg.render), rendered in the workers."""

    @property
    def part_format(self) -> str: ...

    def add_part(self, part: bytes, triples: int) -> None: ...


def build(
    inputs: Iterable[str], sinks: Sequence[Sink] = (), options: BuildOptions = BuildOptions(),
    on_source: ProgressHook | None = None, sources: list[Source] | None = None,
    on_article: ArticleHook | None = None,
) -> BuildSummary:
    """Build every article of the inputs into each sink, in input order; return what happened.
    Each built article's report goes to `on_article` as soon as it is written.

    Files and the store are built by `options.workers` processes: each article's part of the
    file is rendered where it is built. Only a sink that needs rdflib graphs (the Python API's
    Dataset) keeps the build in this process.
    """
    check_base(options.base)
    summary = BuildSummary()
    if options.entities:
        extractor_for(options.gazetteers)  # a bad gazetteer fails here, once, naming file and line
    sources = sources if sources is not None else expand(inputs)
    keep = any(sink.needs_graph for sink in sinks)
    chunks = [sources[i:i + options.batch_size] for i in range(0, len(sources), options.batch_size)]
    part_formats = tuple(sorted({f for s in sinks if (f := getattr(s, "part_format", None))}))
    workers = 1 if keep else (options.workers or os.cpu_count() or 1)
    # Sinks that take neither parts nor graphs (the store) take the lines.
    lines = any(not s.needs_graph and getattr(s, "part_format", None) is None for s in sinks)
    work = partial(build_sources, options=options, keep_graphs=keep, parts=part_formats, keep_lines=lines)
    first_by_key: dict[str, str] = {}
    for chunk, outcomes in in_order(chunks, work, workers):
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                summary.failures.append(outcome)
                continue
            if outcome.key in first_by_key:  # across units of work
                summary.failures.append(duplicate(outcome.report.source, first_by_key[outcome.key]))
                continue
            first_by_key[outcome.key] = outcome.report.source
            summary.add(outcome.report)
            summary.count(outcome.types)
            if on_article:
                on_article(outcome.report)
            rendered = dict(outcome.parts)
            for sink in sinks:
                if (fmt := getattr(sink, "part_format", None)) in rendered:
                    sink.add_part(rendered[fmt], outcome.statements)  # type: ignore[attr-defined]
                elif sink.needs_graph and outcome.graph is not None:
                    sink.add(outcome.graph)
                else:
                    sink.add_lines(outcome.report.graph, outcome.lines)
        if on_source:
            for source in chunk:
                on_source(source)
    return summary


def duplicate(source: str, first: str) -> Failure:
    return Failure(source, f"duplicate article: same URL as {first}; kept that one")


def _entity_types(g: Graph) -> tuple[tuple[str, str], ...]:
    out = []
    for node in set(g.subjects(RDF.type, None)):
        types = set(g.objects(node, RDF.type))
        kind = next((t for t in ENTITY_TYPES if t in types), None)
        if kind is not None:
            out.append((str(node), kind.removeprefix(str(SDO))))
    return tuple(sorted(out))


def _validate(batch: list[tuple[Article, Mapped]]) -> dict[str, tuple[Finding, ...]]:
    """Validate a batch together, then give each finding to the articles whose graph describes
    the focus node (a shared node's finding goes to each)."""
    if not batch:
        return {}
    report = validate_graphs(m.graph for _, m in batch)
    if not report.findings:
        return {}
    describing: dict[str, list[str]] = {}  # focus node -> the articles whose graph describes it
    for article, mapped in batch:
        for node in set(mapped.graph.subjects()):
            describing.setdefault(str(node), []).append(article.source)
    out: dict[str, list[Finding]] = {}
    for finding in report.findings:
        for source in describing.get(finding.focus, ()):
            out.setdefault(source, []).append(finding)
    return {k: tuple(v) for k, v in out.items()}
