"""Golden graphs: seeds/x.txt builds to tests/golden/x.ttl, compared by isomorphism.

Regenerate on purpose only: pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import SDO

from kg.iris import DEFAULT_BASE
from kg.serialize import bind_prefixes
from tests.conftest import ROOT, SEEDS, build_graph

GOLDEN = ROOT / "tests" / "golden"


def _lines(g: Graph) -> list[str]:
    return sorted(line for line in g.serialize(format="nt").splitlines() if line.strip())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_matches_golden(seed, request) -> None:
    built = build_graph(seed)
    golden_path = GOLDEN / f"{seed.stem}.ttl"
    if request.config.getoption("--update-golden"):
        out = Graph()
        for t in built:
            out.add(t)
        bind_prefixes(out, DEFAULT_BASE)
        golden_path.write_text(out.serialize(format="turtle"), "utf-8")
    golden = Graph().parse(golden_path, format="turtle")
    diff = difference(built, golden)
    if diff:
        pytest.fail(f"{seed.name} differs from {golden_path.name} (- golden, + built):\n{diff}")


def difference(built: Graph, golden: Graph) -> str:
    """Empty when isomorphic; else the differing triples, one N-Triples line each."""
    iso_built, iso_golden = to_isomorphic(built), to_isomorphic(golden)
    if iso_built == iso_golden:
        return ""
    _both, only_built, only_golden = graph_diff(iso_built, iso_golden)
    return "\n".join(["- " + line for line in _lines(only_golden)]
                     + ["+ " + line for line in _lines(only_built)])


def test_difference_names_the_changed_triples() -> None:
    golden = build_graph(SEEDS[0])
    built = build_graph(SEEDS[0])
    (article,) = built.objects(None, SDO.mainEntity)
    built.set((article, SDO.headline, Literal("改过的标题", lang="zh-Hans")))
    diff = difference(built, golden).splitlines()
    assert len(diff) == 2
    assert diff[0].startswith("- <") and "习近平普京再通电话" in diff[0]
    assert diff[1].startswith("+ <") and "改过的标题" in diff[1]
    assert difference(golden, build_graph(SEEDS[0])) == ""
