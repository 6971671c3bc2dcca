"""URL hygiene: one canonical form per web address, and a check that it names a real host."""

from __future__ import annotations

import re
from contextlib import suppress
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

# Query keys that track a click rather than name a resource.
TRACKING_KEYS = re.compile(
    r"^(?:utm_\w+|smid|smtyp|ref|ref_src|action|pgtype|state|variant|block|module|region|"
    r"searchResultPosition|partner|emc|fbclid|gclid|mc_cid|mc_eid|hl)$"
)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


# Pure functions of a string, called several times per link: cached, with a bound on memory.
@lru_cache(maxsize=1 << 16)
def join_url(base: str, ref: str) -> str:
    """ref read against base (urljoin), or "" when either is no URL at all (http://[x/a.jpg makes
    urllib raise): the caller drops that one link or picture, never the article."""
    try:
        return urljoin(base, ref)
    except ValueError:
        return ""


def canonical(url: str) -> str:
    """Lower-case scheme and host, no fragment, no default port, no tracking keys."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    with suppress(UnicodeError):  # a host IDNA cannot encode stays as written
        host = host.encode("idna").decode("ascii") if host else host
    port = parts.port if parts.port and parts.port not in (80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = parts.path or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING_KEYS.match(k)])
    return urlunsplit((scheme, netloc, path, query, ""))


def article_url(url: str) -> str:
    """A news article's schema:url: its canonical URL over https. Built and cited, over http and https,
    an article is one node (identity_key), so it needs one URL in every graph that describes it (a BBC
    feed item's http://… and another article's link to https://… gave it two)."""
    url = canonical(url)
    return "https://" + url.split("://", 1)[1] if url.startswith("http://") else url


@lru_cache(maxsize=1 << 16)
def host_of(url: str) -> str:
    """The host, without www.; "" for a URL with none, or none urllib can read (http://[x/)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


@lru_cache(maxsize=1 << 16)
def is_valid_web_url(url: str) -> bool:
    """http(s) with a DNS host name: 'https://%E8%9C%82...' (a misplaced title) is not."""
    if not is_iri(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        ascii_host = host.encode("idna").decode("ascii")
        _ = parts.port  # raises on a port that is not a number
    except (UnicodeError, ValueError):
        return False
    labels = ascii_host.split(".")
    return (parts.scheme.lower() in ("http", "https") and len(labels) >= 2
            and all(_HOST_LABEL.match(label) for label in labels)
            and not any(c in url for c in ' <>"{}|\\^`'))


@lru_cache(maxsize=1 << 16)
def identity_key(url: str) -> str:
    """What two URLs of one resource share: the canonical form without scheme and without a
    trailing slash (cn.nytimes.com links its articles both ways, over http and https)."""
    key = canonical(url).split("://", 1)[-1]
    head, sep, query = key.partition("?")
    # One spelling of the path: %e6 and %E6 and the raw character are the same (RFC 3986 6.2.2).
    head = quote(unquote(head), safe="/:@!$&'()*+,;=~-._")
    if head.endswith("/") and head.count("/") > 1:
        head = head.rstrip("/")
    return head + sep + query


@lru_cache(maxsize=1 << 16)
def is_iri(text: str) -> bool:
    """An absolute IRI that RDF can carry (Oxigraph's parser decides: spaces, quotes, angle
    brackets or a bad port are refused)."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text))


# Page furniture, not citations: links whose text asks the reader to subscribe, sign up, follow or
# download; a site's home page or a section's front page; a social-media account (not a post).
_NAV_TEXT = re.compile(r"订阅|訂閱|注册|註冊|下载|下載|关注我们|關注我們|关注.{0,6}(?:推特|微博|脸书|臉書|Instagram)"
                       r"|newsletter|subscribe|sign up|follow us", re.I)
_SOCIAL = ("twitter.com", "x.com", "facebook.com", "instagram.com", "weibo.com", "youtube.com", "t.me",
           "threads.net", "tiktok.com", "linkedin.com")
_NAV_PATH = re.compile(r"/(?:newsletters?|subscriptions?|subscribe|signup|sign-up|account|apps?|download)(?:/|$)",
                       re.I)


def is_navigation(href: str, text: str = "", newsroom: bool = False) -> bool:
    """A link that belongs to a site's furniture rather than to what the article cites: a sign-up
    or follow call, a newsletter or app page, a social account (twitter.com/nytchinese, not a post
    under it), or, for a newsroom's own site (`newsroom`), its home or a section's front page (no
    more than one path segment, no digit, no file name: cn.nytimes.com/world/). Another site's
    one-segment page may be what is cited, and stays a citation."""
    if _NAV_TEXT.search(text):
        return True
    try:
        parts = urlsplit(href.strip())
        host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    except ValueError:  # not a URL anyone can read: the citation check reports it
        return False
    segments = [s for s in parts.path.split("/") if s]
    if _NAV_PATH.search(parts.path):
        return True
    if any(host == s or host.endswith("." + s) for s in _SOCIAL):
        return len(segments) <= 1 or (segments[0] in ("channel", "c", "user", "pages") and len(segments) <= 2)
    return newsroom and len(segments) <= 1 and not any(ch.isdigit() for ch in parts.path) and "." not in parts.path
