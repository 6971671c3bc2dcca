"""Golden graphs: seeds/x.txt builds to tests/golden/x.ttl, compared by isomorphism.

Regenerate on purpose only: pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

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
    iso_built, iso_golden = to_isomorphic(built), to_isomorphic(golden)
    if iso_built != iso_golden:
        _both, only_built, only_golden = graph_diff(iso_built, iso_golden)
        diff = ["- " + line for line in _lines(only_golden)] + ["+ " + line for line in _lines(only_built)]
        pytest.fail(f"{seed.name} differs from {golden_path.name} (- golden, + built):\n"
                    + "\n".join(diff))
