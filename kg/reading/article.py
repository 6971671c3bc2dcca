"""A raw feed item to an Article: layout detection, then each part read by the rules for it."""

from __future__ import annotations

from datetime import UTC, date, tzinfo

from bs4 import BeautifulSoup

from kg.errors import InputError
from kg.model import Article, Biography, Layout, Paragraph, RawItem
from kg.reading import footer, layouts
from kg.reading.dates import parse_stamp, shown_date, url_date
from kg.reading.images import lead_image, other_captions
from kg.reading.lang import detect as detect_language
from kg.reading.select import Doc
from kg.reading.text import clean, own_text, segments
from kg.urls import is_valid_web_url


def read_article(raw: RawItem, tz: tzinfo) -> Article:
    """Read one item. Raises InputError when it cannot be an article (no URL, no headline)."""
    url = (raw.url or "").strip()
    if not url:
        raise InputError(raw.source, "no article URL")
    if not is_valid_web_url(url):
        raise InputError(raw.source, f"article URL {url!r} is not a valid absolute http(s) URL")
    try:
        return _read(raw, url, tz)
    except RecursionError:
        raise InputError(raw.source, "HTML nested too deeply to read") from None


def _read(raw: RawItem, url: str, tz: tzinfo) -> Article:
    soup = BeautifulSoup(raw.html, "lxml")
    layouts.strip_boilerplate(soup, raw.html)
    layouts.strip_hidden(soup, raw.html)
    layouts.strip_related(soup, raw.html)
    layouts.strip_credits(soup, raw.html)
    layouts.strip_related_gallery(soup, raw.html)
    doc = Doc(soup)
    spec = layouts.detect(doc)
    warnings: list[str] = []

    bylines, stamp_text, shown = _byline(doc, spec)
    image = lead_image(soup, url)
    captions = other_captions(soup, image)

    if spec is None:
        layout = Layout.UNKNOWN
        text = clean(soup.get_text(" "))
        lines = [Paragraph(text)] if text else []
        warnings.append("unknown layout: read the text only")
    else:
        layout = spec.layout
        lines = [seg for el in layouts.body_elements(doc, spec) for seg in segments(el)]
        if not lines:
            # Broken markup can bury the body inside an unclosed <figure> or <address>.
            lines = [seg for el in layouts.body_elements(doc, spec, strict=False)
                     for seg in segments(el)]
            if lines:
                warnings.append("body found only by ignoring unclosed figure/caption tags")
        if not lines and spec.body is not None:
            # The layout's container is missing: read the paragraphs wherever they are.
            lines = [seg for el in layouts.body_elements(doc, layouts.PLAIN) for seg in segments(el)]
            if lines:
                warnings.append(f"no body container ({spec.body}); read every paragraph")

    # Footer lines: the layout's own footer, then any trailing run at the end of the body
    # (older layouts put biography, translator and original link in the last paragraph).
    foot: list[footer.FooterLine] = []
    if spec and spec.footer:
        foot_lines = [seg for el in layouts.paragraphs_in(doc, spec.footer, ("p",))
                      for seg in segments(el)]
        rest, foot = footer.split_footer(foot_lines, bylines, trailing_only=False)
        lines += rest if spec.layout is not Layout.SEED else []
    lines, trailing = footer.split_footer(lines, bylines, trailing_only=True)
    foot += trailing

    bios: tuple[Biography, ...] = tuple(
        b for fl in foot if fl.kind is footer.LineKind.BIO
        if (b := footer.parse_biography(fl.paragraph))
    )
    translators = tuple(n for fl in foot if fl.kind is footer.LineKind.TRANSLATOR
                        for n in footer.translators(fl.paragraph))
    original = next((u for fl in foot if fl.kind is footer.LineKind.ORIGINAL
                     if (u := footer.original_url(fl.paragraph))), None)

    headline = raw.headline or _headline_from_html(soup)
    if not headline:
        raise InputError(raw.source, "no headline (neither a '[headline](url)' line nor <h1>)")

    published = parse_stamp(stamp_text, tz) if stamp_text else None
    if stamp_text and published is None:
        warnings.append(f"publication time {stamp_text!r} is not a valid time; ignored")
    if published is None and raw.feed_time is not None:
        published = raw.feed_time.astimezone(tz)
        warnings.append("no publication time in the article; used the feed item's time")
    elif published is None:
        warnings.append("no publication time")
    first_published = None
    noted = next((d for fl in foot if fl.kind is footer.LineKind.NOTE
                  if (d := footer.first_published(fl.paragraph))), None)
    if published is not None and noted is not None and (published.date() - noted).days > 1:
        # 本文最初发表于2024年12月31日: translated a week after the original, written for its day
        first_published = noted
        warnings.append(f"publication time {published.isoformat()} is later than the first publication the "
                        f"footer gives ({noted.isoformat()}); its text counts from {noted.isoformat()}")
    elif published is not None and (ud := url_date(url)):
        gap = abs((published.date() - ud).days)
        day = shown_date(shown)
        if day is not None and abs((day - ud).days) <= 1 < (published.date() - ud).days:
            first_published = ud
            warnings.append(f"publication time {published.isoformat()} is {gap} days after the date the page "
                            f"shows and its URL give ({ud.isoformat()}): a re-posting; its text counts from "
                            f"{ud.isoformat()}")
        elif gap > 1:
            warnings.append(f"publication time {published.isoformat()} disagrees with the URL's "
                            f"date {ud.isoformat()} by {gap} days; kept the publication time")
    elif published is not None and not stamp_text and (day := _page_day(doc)) is not None \
            and day < published.date():
        # BBC's pages carry their day (<time dateTime="2021-06-05">); the feed item may come days later
        first_published = day
        warnings.append(f"the page's date {day.isoformat()} is before the feed item's time "
                        f"{published.isoformat()}: its text counts from {day.isoformat()}")
    if not bylines and layout is not Layout.UNKNOWN:
        warnings.append("no byline")
    if image is None:
        warnings.append("no image")
    if not any(p.text for p in lines):
        warnings.append("no body text")

    # A few thousand characters settle the script; counting a whole long article adds nothing.
    soup.decompose()  # break the tree's cycles now: freed at once, not by the next collection
    text_for_language = (headline + "\n" + "\n".join(p.text for p in lines[:40]))[:4000]
    return Article(
        url=url,
        headline=clean(headline),
        language=detect_language(text_for_language),
        layout=layout,
        source=raw.source,
        sha256=raw.sha256,
        published=published,
        feed_time=raw.feed_time,
        authors=footer.join_authors(bylines, bios),
        image=image,
        captions=captions,
        paragraphs=tuple(lines),
        biographies=bios,
        translators=translators,
        original_url=original,
        first_published=first_published,
        warnings=tuple(warnings),
    )


def _byline(doc: Doc, spec: layouts.LayoutSpec | None) -> tuple[tuple[str, ...], str | None, str]:
    """Author names as written, the publication time's text, and the date the page shows."""
    if spec is None:
        return (), None, ""
    names: tuple[str, ...] = ()
    stamp: str | None = None
    shown = ""
    if spec.date and spec.date_attr:
        el = doc.select_one(spec.date)
        stamp = str(el.get(spec.date_attr) or "") if el else None
        shown = el.get_text(" ") if el else ""
    if spec.byline:
        el = doc.select_one(spec.byline)
        if el is not None:
            # Own text only: in broken markup an unclosed <address> swallows the whole page.
            pieces = own_text(el, skip=frozenset({"time"})).split("\n")
            if spec.date and not spec.date_attr:
                # Byline and time share one element: the piece that parses as a time is the time.
                times = [p for p in pieces if parse_stamp(p, UTC)]
                stamp = times[0] if times else None
                pieces = [p for p in pieces if p not in times]
            names = tuple(n for p in pieces for n in footer.split_byline(p))
    return names, stamp or None, shown


def _page_day(doc: Doc) -> date | None:
    """The day the page's first <time datetime> gives, if it gives one (YYYY-MM-DD…)."""
    el = doc.select_one("time[datetime]")
    value = str(el.get("datetime") or "") if el is not None else ""
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _headline_from_html(soup: BeautifulSoup) -> str | None:
    for selector in ("h1", "title"):
        el = soup.select_one(selector)
        if el and (text := clean(el.get_text(" "))):
            return text
    return None


