"""A picture of an article's neighbourhood in the graph, drawn at publish time as SVG (no script,
no network): the article in the middle, what it links to on a circle around it, coloured by kind,
each a link to its page. Labels stand in two columns outside the circle, one line apart, each tied
to its dot by a leader line: no label can cover a dot or another label, however many there are.
The page shows a legend of the kinds drawn (legend())."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

# (label, colour) of each kind of neighbour; the order is the order round the circle.
KIND_STYLE = {
    "author": ("作者 Authors", "#6a3d9a"), "event": ("事件 Events", "#e31a1c"), "person": ("人物 People", "#1f78b4"),
    "place": ("地点 Places", "#33a02c"), "organization": ("机构 Organizations", "#ff7f00"),
    "cited": ("引用 Cited", "#777777"),
}
MAX_NEIGHBOURS = 24
RADIUS = 170
GAP = 28  # from the circle to a label column
LINE = 18  # between label baselines, more than a 12px line of Chinese
LABEL_CHARS = 12
WIDTH = 2 * (RADIUS + GAP + LABEL_CHARS * 12 + 16)  # room for the longest label, in CJK widths
HEIGHT = 2 * RADIUS + 80


def neighbourhood(title: str, neighbours: list[tuple[str, str, str]]) -> Markup:
    """neighbours: (kind, label, href), at most MAX_NEIGHBOURS of them are drawn."""
    shown = neighbours[:MAX_NEIGHBOURS]
    cx, cy = WIDTH / 2, HEIGHT / 2
    dots = []
    for i, (kind, label, href) in enumerate(shown):
        angle = 2 * math.pi * i / max(len(shown), 1) - math.pi / 2
        dots.append((cx + RADIUS * math.cos(angle), cy + RADIUS * math.sin(angle), kind, label, href))
    right = _column([d for d in dots if d[0] >= cx - 0.5], cy)
    left = _column([d for d in dots if d[0] < cx - 0.5], cy)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'class="neighbourhood" aria-label={quoteattr("Graph neighbourhood of " + title)}>',
             f"<title>{escape(title)}</title>"]
    parts += [f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#ccc"/>' for x, y, *_ in dots]
    parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="12" fill="#222"/>')
    parts.append(f'<text x="{cx:.1f}" y="{cy + 32:.1f}" text-anchor="middle" font-size="13">'
                 f"{escape(_short(title, 16))}</text>")
    for side, placed in ((1, right), (-1, left)):
        lx = cx + side * (RADIUS + GAP)
        anchor = "start" if side > 0 else "end"
        for (x, y, kind, label, href), ly in placed:
            name, colour = KIND_STYLE[kind]
            parts.append(f'<polyline points="{x:.1f},{y:.1f} {lx - side * 6:.1f},{ly - 4:.1f}" fill="none" '
                         f'stroke="{colour}" stroke-opacity=".5"/>')
            parts.append(f"<a href={quoteattr(href)}><circle cx=\"{x:.1f}\" cy=\"{y:.1f}\" r=\"7\" fill=\"{colour}\">"
                         f"<title>{escape(name + ' · ' + label)}</title></circle>"
                         f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" font-size="12">'
                         f"{escape(_short(label, LABEL_CHARS))}</text></a>")
    parts.append("</svg>")
    return Markup("".join(parts))


def legend(neighbours: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(label, colour) of each kind the picture draws, in drawing order."""
    kinds = {kind for kind, _, _ in neighbours[:MAX_NEIGHBOURS]}
    return [style for kind, style in KIND_STYLE.items() if kind in kinds]


def _column(dots: list, cy: float) -> list[tuple[tuple, float]]:
    """Each dot with its label's baseline: as near the dot's height as a line apart allows, the
    whole column kept inside the picture."""
    dots = sorted(dots, key=lambda d: d[1])
    ys = [d[1] + 4 for d in dots]
    top, bottom = 16.0, HEIGHT - 8.0
    for i in range(len(ys)):  # down: a line below the one above
        ys[i] = max(ys[i], top if i == 0 else ys[i - 1] + LINE)
    for i in range(len(ys) - 1, -1, -1):  # up: off the bottom, a line above the one below
        ys[i] = min(ys[i], bottom if i == len(ys) - 1 else ys[i + 1] - LINE)
    return list(zip(dots, ys, strict=True))


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def position(latitude: float, longitude: float) -> Markup:
    """A place's position on a latitude/longitude grid (equirectangular, 30° lines): drawn
    offline, with no map tiles or coastline data to fetch or ship."""
    scale = 1.5
    w, h = 360 * scale, 180 * scale
    x, y = (longitude + 180) * scale, (90 - latitude) * scale
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0f} {h:.0f}" role="img" class="position" '
             f'aria-label="{latitude:.4f}, {longitude:.4f}"><rect width="{w:.0f}" height="{h:.0f}" fill="#eef4f8"/>']
    for lon in range(-150, 180, 30):
        stroke = "#9ab" if lon == 0 else "#cdd"
        parts.append(f'<line x1="{(lon + 180) * scale:.0f}" y1="0" x2="{(lon + 180) * scale:.0f}" y2="{h:.0f}" '
                     f'stroke="{stroke}"/>')
    for lat in range(-60, 90, 30):
        stroke = "#9ab" if lat == 0 else "#cdd"
        parts.append(f'<line x1="0" y1="{(90 - lat) * scale:.0f}" x2="{w:.0f}" y2="{(90 - lat) * scale:.0f}" '
                     f'stroke="{stroke}"/>')
    parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#e31a1c" stroke="#fff" stroke-width="2"/></svg>')
    return Markup("".join(parts))
