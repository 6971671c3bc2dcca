"""The home page's lists: the latest articles, the people, places and organizations most
mentioned, and the latest events as a timeline."""

from __future__ import annotations

from collections.abc import Callable

from kg.website.resources import Resource

HOME_LIST = 10  # entries in each list


def home_lists(resources: list[Resource], mentions: Callable[[str], int]) -> list[dict[str, object]]:
    """`mentions` counts the articles that mention a resource."""
    def entry(r: Resource, note: str = "") -> dict[str, str]:
        return {"href": r.path + ".html", "text": r.label or r.path, "date": note}

    newest = sorted((r for r in resources if r.kind == "article"), key=lambda r: (r.date, r.iri), reverse=True)
    lists: list[dict[str, object]] = [
        {"title": "最新文章 Latest articles", "entries": [entry(r, r.date[:10]) for r in newest[:HOME_LIST]]}]
    for kind, title in (("person", "人物 People"), ("place", "地点 Places"), ("organization", "机构 Organizations")):
        counted = sorted(((mentions(r.iri), r) for r in resources if r.kind == kind),
                         key=lambda c: (-c[0], c[1].label, c[1].iri))
        lists.append({"title": f"最常提及的{title}",
                      "entries": [entry(r, f"{n} 篇 articles") for n, r in counted[:HOME_LIST] if n]})
    events = sorted((r for r in resources if r.kind == "event" and r.date), key=lambda r: (r.date, r.iri),
                    reverse=True)
    lists.append({"title": "最近的事件 Recent events", "timeline": True,
                  "entries": [entry(r, r.date) for r in events[:HOME_LIST]]})
    return [li for li in lists if li["entries"]]
