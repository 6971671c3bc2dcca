"""Inputs to raw items: files, directories, globs, stdin; feed items and RSS/Atom feeds, detected."""

from __future__ import annotations

import glob
import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.sax import SAXException

import feedparser

from kg.errors import InputError, UsageError
from kg.model import RawItem
from kg.reading.text import CHAR_REF_BYTES, ref_replacement, scrub

# The feed-item format: an optional <!--epoch ms--> header, a [headline](url) line, a ---- rule.
_HEADER = re.compile(r"\A\s*<!--\s*(\d{10,14})\s*-->\s*")
_TITLE_LINE = re.compile(r"\A\s*\[(.*)\]\((\S*)\)[ \t]*(?:\r?\n|\Z)")
_RULE = re.compile(r"\A\s*-{3,}[ \t]*(?:\r?\n|\Z)")
# The root elements of the feeds kg reads, after the XML prologue (see is_feed).
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_PROLOGUE_ENDS = {b"<?": b"?>", b"<!--": b"-->"}
# Larger inputs are refused rather than read whole into memory.
MAX_INPUT_BYTES = 256 * 1024 * 1024
# A header time outside these years is a corrupt header, not a date.
_PLAUSIBLE_MS = (datetime(1990, 1, 1, tzinfo=UTC).timestamp() * 1000,
                 datetime(2100, 1, 1, tzinfo=UTC).timestamp() * 1000)
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class Source:
    """One input unit before it is opened: a file path, stdin, or bytes a caller already holds
    (a file object given to the Python API)."""

    name: str
    path: Path | None  # None for stdin or given bytes
    data: bytes | None = None

    def read_bytes(self) -> bytes:
        if self.data is not None:
            if len(self.data) > MAX_INPUT_BYTES:
                raise InputError(self.name, f"larger than {MAX_INPUT_BYTES // 2**20} MB; split it first")
            return self.data
        stream = sys.stdin.buffer if self.path is None else self.path.open("rb")
        try:
            data = stream.read(MAX_INPUT_BYTES + 1)
        finally:
            if self.path is not None:
                stream.close()
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(self.name, f"larger than {MAX_INPUT_BYTES // 2**20} MB; split it first")
        return data


def expand(inputs: Iterable[str]) -> list[Source]:
    """Resolve command-line inputs (files, directories, globs, '-') into sources, in a stable order.

    A path that names nothing is a usage error: better to stop than to build half a batch.
    """
    out: list[Source] = []
    for arg in inputs:
        if arg == "-":
            out.append(Source("-", None))
            continue
        p = Path(arg)
        if p.is_dir():
            files = sorted(
                f for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not files:
                raise UsageError(f"{arg}: no files in this directory")
            out.extend(Source(f.as_posix(), f) for f in files)
        elif p.is_file():
            out.append(Source(p.as_posix(), p))
        elif _GLOB_CHARS.search(arg):
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise UsageError(f"{arg}: no file matches this pattern")
            out.extend(Source(f.as_posix(), f) for f in files)
        else:
            raise UsageError(f"{arg}: no such file or directory")
    return out


def read_source(source: Source) -> Iterator[RawItem | InputError]:
    """Yield the raw items of one source, or one InputError saying why it has none."""
    try:
        data = source.read_bytes()
    except InputError as e:
        yield e
        return
    except OSError as e:
        yield InputError(source.name, f"cannot be read ({e.strerror or e})")
        return
    if not data.strip():
        yield InputError(source.name, "empty file")
        return
    if is_feed(data):
        try:
            decode(data)  # feeds too: feedparser would guess another encoding and read mojibake
        except InputError as e:
            yield InputError(source.name, e.reason)
            return
        yield from _read_feed(source.name, data)
        return
    try:
        text = decode(data)
    except InputError as e:
        yield InputError(source.name, e.reason)
        return
    try:
        yield parse_feed_item(source.name, text, hashlib.sha256(data).hexdigest())
    except InputError as e:
        yield e


# Signatures of the binary files people most often mistake for articles.
_MAGIC = {b"\xff\xd8\xff": "a JPEG image", b"\x89PNG": "a PNG image", b"GIF8": "a GIF image",
          b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or an Office document)",
          b"\x1f\x8b": "a gzip archive", b"RIFF": "a RIFF file (WebP, WAV, AVI)"}


def binary_kind(data: bytes) -> str | None:
    """What a binary file is ("a JPEG image", "a binary file"), or None for text. Text has no NUL
    bytes in its first few kilobytes, in UTF-8 or any legacy Chinese encoding."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return "a binary file" if b"\x00" in data[:8192] else None


def is_feed(data: bytes) -> bool:
    """Whether the bytes open as an RSS or Atom feed: a root element after the XML prologue (the
    declaration, processing instructions, comments, a DOCTYPE with its internal subset). Read by
    a forward scan, never a backtracking pattern: each construct is skipped by finding its end,
    so the time is linear however many comments come first (a duplicated header line)."""
    i = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while i < len(data) and data[i] in b" \t\r\n":
            i += 1
        opener = next((o for o in _PROLOGUE_ENDS if data.startswith(o, i)), None)
        if opener is not None:
            end = data.find(_PROLOGUE_ENDS[opener], i + len(opener))
            if end < 0:
                return False
            i = end + len(_PROLOGUE_ENDS[opener])
        elif data[i:i + 9].upper() == b"<!DOCTYPE":
            close = data.find(b">", i)
            subset = data.find(b"[", i, close) if close >= 0 else -1  # looked for before ">" only
            if subset >= 0:  # an internal subset: up to "]", then ">"
                end = data.find(b"]", subset)
                close = data.find(b">", end) if end >= 0 else -1
            if close < 0:
                return False
            i = close + 1
        else:
            return _FEED_ROOT.match(data, i) is not None


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is allowed). Anything else is refused with the offending byte named."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if kind := binary_kind(data):
            raise InputError("", f"{kind}, not a text article") from None
        raise InputError(
            "",
            f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "convert it first, e.g. iconv -f GB18030 -t UTF-8",
        ) from None


def parse_feed_item(name: str, text: str, sha256: str) -> RawItem:
    """Split the seed format: header comment, [headline](url), rule, then HTML."""
    rest = text
    feed_time = None
    if m := _HEADER.match(rest):
        ms = int(m.group(1))
        if not _PLAUSIBLE_MS[0] <= ms < _PLAUSIBLE_MS[1]:
            raise InputError(name, f"header time {ms} is not a plausible pubDate in epoch milliseconds")
        # Whole seconds and milliseconds apart: a float would drift (…​.998993).
        feed_time = datetime.fromtimestamp(ms // 1000, tz=UTC).replace(microsecond=ms % 1000 * 1000)
        rest = rest[m.end():]
    m = _TITLE_LINE.match(rest)
    if not m:
        raise InputError(
            name,
            "not an article: expected a feed item (a '[headline](url)' line) or an RSS/Atom feed",
        )
    headline, url = m.group(1).strip(), m.group(2).strip()
    rest = rest[m.end():]
    if r := _RULE.match(rest):
        rest = rest[r.end():]
    return RawItem(source=name, sha256=sha256, html=scrub(rest.strip()), headline=scrub(headline) or None,
                   url=scrub(url), feed_time=feed_time)


def _safe_ref(m: re.Match[bytes]) -> bytes:
    new = ref_replacement(int(m[1], 16) if m[1] else int(m[2]))
    return m[0] if new is None else new.encode()


def _read_feed(name: str, data: bytes) -> Iterator[RawItem | InputError]:
    # Bytes, never a string: feedparser fetches anything that looks like a URL. References to what
    # no text may hold (&#xD800;) make its fallback parser raise: made U+FFFD first.
    data = CHAR_REF_BYTES.sub(_safe_ref, data)
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as e:  # a parser's fault is this input's failure, not the run's
        yield InputError(name, f"feed could not be read ({type(e).__name__}: {e})")
        return
    if parsed.bozo and not parsed.entries:
        yield InputError(name, f"not a readable RSS/Atom feed ({parsed.bozo_exception})")
        return
    if parsed.bozo and isinstance(parsed.bozo_exception, SAXException):
        # Read as far as it goes, but say so: items past the fault are lost, the last may be cut.
        yield InputError(name, f"not well-formed XML ({parsed.bozo_exception}); the "
                               f"{len(parsed.entries)} item(s) before the fault were read, the last "
                               "of them possibly cut short")
    if not parsed.entries:
        yield InputError(name, "feed has no items")
        return
    for i, entry in enumerate(parsed.entries, start=1):
        item_name = f"{name}#{i}"
        html = ""
        if entry.get("content"):
            html = entry["content"][0].get("value", "")
        elif entry.get("summary"):
            html = entry["summary"]
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        feed_time = datetime(*stamp[:6], tzinfo=UTC) if stamp else None
        # A feed's character references can name what no text may hold (&#xD800;): scrubbed here,
        # so that one such item neither fails the batch nor reaches the output.
        html = scrub(html)
        title = scrub(entry.get("title") or "").strip() or None
        link = scrub(entry.get("link") or "").strip() or None
        digest = hashlib.sha256("\x00".join([title or "", link or "", html]).encode()).hexdigest()
        if not link:
            yield InputError(item_name, "feed item has no link, so the article has no URL")
            continue
        yield RawItem(source=item_name, sha256=digest, html=html, headline=title, url=link,
                      feed_time=feed_time)
