"""A picture of an article's neighbourhood in the graph, drawn at publish time as SVG (no script,
no network): the article in the middle, what it links to around it, coloured by kind, each a link
to its page."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

# (label, colour) of each kind of neighbour; the order is the order round the circle.
KIND_STYLE = {
    "author": ("作者", "#6a3d9a"), "event": ("事件", "#e31a1c"), "person": ("人物", "#1f78b4"),
    "place": ("地点", "#33a02c"), "organization": ("机构", "#ff7f00"), "cited": ("引用", "#777777"),
}
MAX_NEIGHBOURS = 24
SIZE, RADIUS = 560, 200


def neighbourhood(title: str, neighbours: list[tuple[str, str, str]]) -> Markup:
    """neighbours: (kind, label, href), at most MAX_NEIGHBOURS of them are drawn."""
    shown = neighbours[:MAX_NEIGHBOURS]
    c = SIZE / 2
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" role="img" '
             f'class="neighbourhood" aria-label={quoteattr("Graph neighbourhood of " + title)}>',
             f"<title>{escape(title)}</title>"]
    points = []
    for i, (kind, label, href) in enumerate(shown):
        angle = 2 * math.pi * i / max(len(shown), 1) - math.pi / 2
        x, y = c + RADIUS * math.cos(angle), c + RADIUS * math.sin(angle)
        points.append((x, y, kind, label, href))
        parts.append(f'<line x1="{c:.1f}" y1="{c:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#bbb"/>')
    parts.append(f'<circle cx="{c:.1f}" cy="{c:.1f}" r="12" fill="#222"/>')
    parts.append(f'<text x="{c:.1f}" y="{c + 30:.1f}" text-anchor="middle" font-size="13">'
                 f"{escape(_short(title, 16))}</text>")
    for x, y, kind, label, href in points:
        colour = KIND_STYLE[kind][1]
        anchor = "start" if x > c + 1 else "end" if x < c - 1 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        parts.append(f"<a href={quoteattr(href)}><circle cx=\"{x:.1f}\" cy=\"{y:.1f}\" r=\"7\" fill=\"{colour}\">"
                     f"<title>{escape(KIND_STYLE[kind][0] + ' ' + label)}</title></circle>"
                     f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" font-size="12">'
                     f"{escape(_short(label, 12))}</text></a>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
