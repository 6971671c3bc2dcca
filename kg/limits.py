"""How much of one article kg will read, extract and spend time on: limits a user can see and set
(`kg build --max-…`, `kg.build(limits=…)`), with defaults that keep a 24 GB machine safe. An article
past a limit is built in part with a warning that names what was cut, or refused with its reason;
it never takes its batch down with it."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from kg.model import Article, Extraction


@dataclass(frozen=True, slots=True)
class Limits:
    # An item's HTML beyond this many characters is refused before parsing: a 50 MB item once took
    # 4 minutes and 18.8 GB. Real articles are 10,000-60,000.
    item_chars: int = 5_000_000
    # Body text read in full; paragraphs past it are cut, with a warning.
    article_chars: int = 300_000
    # Mentions (each with its evidence phrase) kept per article; the rest are dropped, with a warning.
    mentions: int = 10_000
    # Seconds to read, extract and map one article; past it, the article fails (Unix, main thread:
    # elsewhere there is no alarm to stop it).
    seconds: float = 60.0


class ArticleTimeout(Exception):
    pass


def cut_body(article: Article, limits: Limits) -> Article:
    """The article with paragraphs up to limits.article_chars (a warning names what was cut)."""
    total = sum(len(p.text) for p in article.paragraphs)
    if total <= limits.article_chars:
        return article
    kept, size = [], 0
    for p in article.paragraphs:
        if size + len(p.text) > limits.article_chars:
            break
        kept.append(p)
        size += len(p.text)
    note = (f"body cut at {size:,} of {total:,} characters ({len(kept)} of {len(article.paragraphs)} "
            f"paragraphs; --max-article-chars {limits.article_chars:,})")
    return replace(article, paragraphs=tuple(kept), warnings=(*article.warnings, note))


def cut_mentions(extraction: Extraction, limits: Limits) -> Extraction:
    """The extraction with its first limits.mentions mentions, in text order (a warning names the
    cut). Entities no kept mention names, and no event or fact needs, go too."""
    if len(extraction.mentions) <= limits.mentions:
        return extraction
    kept = extraction.mentions[:limits.mentions]
    needed = {m.key for m in kept} | {f.subject for f in extraction.facts} | {f.value for f in extraction.facts} | {
        k for e in extraction.events for k in (*e.attendees, *e.about, *e.concerns, e.organizer, e.location) if k}
    note = (f"mentions cut at {limits.mentions:,} of {len(extraction.mentions):,} "
            f"(--max-mentions {limits.mentions:,})")
    return replace(extraction, mentions=kept, entities=tuple(e for e in extraction.entities if e.key in needed),
                   warnings=(*extraction.warnings, note))


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise ArticleTimeout in the block after `seconds`, where a timer signal can (Unix, the main
    thread); elsewhere the block runs unbounded."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"{what} took longer than {seconds:g} s (--article-timeout); skipped")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
