"""The fuzz harness at a small size: mutated real items and crafted feeds through `kg build`, with
no crash, no hang, no output pyoxigraph (or rapper, where installed) refuses, and no file leaked.
`python bench/fuzz.py` runs it at 10,000 inputs."""

from __future__ import annotations

import sys

from tests.conftest import ROOT


def test_fuzz_small() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import fuzz
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert fuzz.main(["-n", "150", "--batch", "50", "--seed", "5"]) == 0
