"""The SPARQL kg runs itself (the store, the site, pushes), one file per query: .rq for queries,
.ru for updates. They use the project's prefixes, declared here once for all of them; the example
queries for users are in queries/ (shipped as kg.queries)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.namespaces import OWL, RDFS, prefixes


@cache
def text(name: str) -> str:
    """The query or update in kg/sparql/NAME (.rq or .ru), with PREFIX lines for every project
    prefix; "count_triples" or "orphans"."""
    folder = resources.files("kg.sparql")
    path = next((folder / f"{name}{ext}" for ext in (".rq", ".ru") if (folder / f"{name}{ext}").is_file()), None)
    if path is None:
        raise KeyError(f"no SPARQL named {name!r} in kg/sparql")
    declared = {**prefixes(), "rdfs": str(RDFS), "owl": str(OWL)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(declared.items()))
    return head + path.read_text("utf-8")
