"""Score entity extraction against a gold file (the format of seeds.gold.json): precision, recall
and F1 per type and overall, with every miss and false hit listed.

The extracted side is read from a graph (the articles' schema:mentions), however it was made: built
here from article inputs, or loaded from graph files. An extracted entity matches a gold one of the
same type when any name of the one is any name of the other (name, nameEn, aliases; schema:name and
schema:alternateName), after folding (traditional to simplified, full-width to ASCII). Matching is
one to one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import sparql
from kg.entities.fold import normalize_name
from kg.errors import UsageError
from kg.urls import identity_key

TYPES = ("Person", "Place", "Organization", "Event")
GOLD_KEYS = {"Person": "persons", "Place": "places", "Organization": "organizations", "Event": "events"}



@dataclass(frozen=True, slots=True)
class Named:
    """One entity, gold or found, by its names."""

    label: str  # the name to show
    names: frozenset[str]




@dataclass(frozen=True, slots=True)
class FoundEvent:
    label: str
    start: str  # the lexical form: 2022-06-15, 2022-06 or 2022
    end: str
    names: frozenset[str]  # of its attendees, organizer, location and the countries it is about

    def dated(self, gold: str) -> bool:
        """The start date agrees to the gold's precision (gold dates a stated range by its first
        day, so the end is not compared)."""
        if not self.start or len(self.start) < len(gold):
            return False
        return self.start[:len(gold)] == gold


@dataclass(frozen=True, slots=True)
class Miss:
    article: str
    type: str
    name: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Evaluation:
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    misses: list[Miss] = field(default_factory=list)  # gold entities not found
    false_hits: list[Miss] = field(default_factory=list)  # found entities not in the gold
    absent: list[str] = field(default_factory=list)  # gold articles the graph does not have
    scored: set[str] = field(default_factory=set)  # types some gold article lists
    # Dates of events: gold events naming someone or a place that a found event pairs with (matched,
    # or sharing a name with a found event left unmatched), and how many of those are dated right.
    paired_events: int = 0
    dated_right: int = 0

    @property
    def date_agreement(self) -> float | None:
        return self.dated_right / self.paired_events if self.paired_events else None

    @property
    def scored_types(self) -> list[str]:
        return [t for t in TYPES if t in self.scored]

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.scores.values():
            total.add(s)
        return total

    def as_json(self) -> dict:
        def score(s: Score) -> dict:
            return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4), "f1": round(s.f1, 4)}

        dates = {"paired": self.paired_events, "datedRight": self.dated_right,
                 "agreement": None if self.date_agreement is None else round(self.date_agreement, 4)}
        return {"types": {t: score(self.scores[t]) for t in self.scored_types}, "overall": score(self.overall),
                **({"eventDates": dates} if "Event" in self.scored else {}),
                "misses": [vars_(m) for m in self.misses], "falseHits": [vars_(m) for m in self.false_hits],
                "absentArticles": self.absent}


def vars_(m: Miss) -> dict[str, str]:
    return {"article": m.article, "type": m.type, "name": m.name}


def load_gold(path: Path) -> dict[str, dict]:
    """Gold articles by file name; each must give its url."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise UsageError(f"{path}: not a readable gold file ({e})") from None
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, dict) or not all(isinstance(a, dict) and a.get("url") for a in articles.values()):
        raise UsageError(f"{path}: a gold file has an 'articles' object whose entries each give a 'url'")
    return articles


def found_in(store: ox.Store) -> dict[str, dict[str, list[Named]]]:
    """Mentioned entities by article URL identity and type."""
    names: dict[tuple[str, str, str], set[str]] = {}
    labels: dict[tuple[str, str, str], str] = {}
    for row in store.query(sparql.text("eval_mentions")):
        key = (identity_key(row["url"].value), row["type"].value.rsplit("/", 1)[-1], row["entity"].value)
        name = normalize_name(row["name"].value)
        names.setdefault(key, set()).add(name)
        if row["name"].language is not None and row["name"].language.startswith("zh"):
            labels.setdefault(key, row["name"].value)
    out: dict[str, dict[str, list[Named]]] = {}
    for key in sorted(names):
        url, type_, _ = key
        out.setdefault(url, {t: [] for t in TYPES})[type_].append(
            Named(labels.get(key, min(names[key])), frozenset(names[key])))
    return out


def events_in(store: ox.Store) -> dict[str, list[FoundEvent]]:
    """Events each article reports (about or mentions), by article URL identity."""
    rows: dict[tuple[str, str], dict] = {}
    for row in store.query(sparql.text("eval_events")):
        key = (identity_key(row["url"].value), row["event"].value)
        e = rows.setdefault(key, {"label": row["label"].value, "start": row["start"].value if row["start"] else "",
                                  "end": row["end"].value if row["end"] else "", "names": set()})
        if row["name"] is not None:
            e["names"].add(normalize_name(row["name"].value))
    out: dict[str, list[FoundEvent]] = {}
    for (url, _), e in sorted(rows.items()):
        out.setdefault(url, []).append(FoundEvent(e["label"], e["start"], e["end"], frozenset(e["names"])))
    return out


def evaluate(gold: dict[str, dict], store: ox.Store) -> Evaluation:
    found = found_in(store)
    events = events_in(store)
    ev = Evaluation()
    for name, article in sorted(gold.items()):
        key = identity_key(article["url"])
        got = found.get(key)
        if got is None and key not in events:
            ev.absent.append(name)
        got = got or {t: [] for t in TYPES}
        # A type the gold article does not list is not scored there: silence is not "none".
        for type_ in TYPES[:3]:
            if GOLD_KEYS[type_] in article:
                ev.scored.add(type_)
                expected = [_gold_named(g) for g in article[GOLD_KEYS[type_]]]
                _match(name, type_, expected, got[type_], ev)
        if "events" in article:
            ev.scored.add("Event")
            _match_events(name, article["events"], events.get(key, []), ev)
    return ev


def _match_events(article: str, gold: list[dict], found: list[FoundEvent], ev: Evaluation) -> None:
    """An event matches a gold one when its start date agrees to the gold's precision and at least
    one participant or the location agrees (by any name), or the gold event names neither. Each
    found event matches one gold event at most, and the pairing is a maximum one (augmenting
    paths), so the order of the lists cannot cost a match."""
    score = ev.scores["Event"]
    names = [_names(g) for g in gold]
    fits = [[j for j, f in enumerate(found) if f.dated(str(g.get("date", ""))) and (not n or f.names & n)]
            for g, n in zip(gold, names, strict=True)]
    owner: dict[int, int] = {}  # found index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    matched = set(owner.values())
    # Dates: the gold events that name someone or a place and match, and those that do not but share
    # a name with a found event no other gold event took (the same happening, dated otherwise).
    ev.dated_right += sum(1 for i in matched if names[i])
    free = [j for j in range(len(found)) if j not in owner]
    for i in range(len(gold)):
        if names[i] and i not in matched:
            j = next((j for j in free if found[j].names & names[i]), None)
            if j is not None:
                free.remove(j)
                ev.paired_events += 1
    ev.paired_events += sum(1 for i in matched if names[i])
    for i, g in enumerate(gold):
        if i in matched:
            score.tp += 1
        else:
            score.fn += 1
            ev.misses.append(Miss(article, "Event", f"{g.get('what', '')} ({g.get('date', '')})"))
    score.fp += len(found) - len(owner)
    ev.false_hits.extend(Miss(article, "Event", f"{f.label} ({f.start}{'/' + f.end if f.end else ''})")
                         for j, f in enumerate(found) if j not in owner)


def _names(g: dict) -> set[str]:
    """A gold event's participants and place, folded."""
    return {normalize_name(n) for n in [*g.get("participants", []), g.get("location", "")] if n}


def _gold_named(g: dict) -> Named:
    names = {g.get("name", ""), g.get("nameEn", ""), *g.get("aliases", [])}
    return Named(g.get("name", ""), frozenset(normalize_name(n) for n in names if n))


def _match(article: str, type_: str, expected: list[Named], got: list[Named], ev: Evaluation) -> None:
    unmatched = list(got)
    score = ev.scores[type_]
    for g in expected:
        hit = next((f for f in unmatched if f.names & g.names), None)
        if hit is None:
            score.fn += 1
            ev.misses.append(Miss(article, type_, g.label))
        else:
            score.tp += 1
            unmatched.remove(hit)
    score.fp += len(unmatched)
    ev.false_hits.extend(Miss(article, type_, f.label) for f in unmatched)


def graph_files(paths: Iterable[str]) -> bool:
    """Whether inputs are graph files (by extension) rather than articles to build."""
    suffixes = {Path(p).suffix.lower() for p in paths}
    graph_ext = {".ttl", ".nt", ".nq", ".trig", ".jsonld", ".json"}
    if suffixes <= graph_ext:
        return True
    if suffixes & graph_ext:
        raise UsageError("give either graph files or article inputs, not both")
    return False


class MemorySink:
    """Built article graphs, kept in an in-memory Oxigraph store (for evaluate)."""

    needs_graph = False

    def __init__(self) -> None:
        self.store = ox.Store()

    def add(self, graph: object) -> None:  # pragma: no cover - needs_graph is False
        raise NotImplementedError

    def add_lines(self, graph_iri: str, lines: Iterable[bytes]) -> None:
        # Into the default graph: scoring reads the union of the articles, not their graphs.
        self.store.load(b"".join(lines), format=ox.RdfFormat.N_TRIPLES)
