"""A load killed with a real signal leaves a store that opens, with every article graph whole or
absent; running the build again completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict

import pyoxigraph as ox

from kg.store import open_store
from tests.conftest import CORPUS, ROOT


def _copies(where, n: int) -> None:
    """n distinct articles from the corpus (URLs made unique)."""
    texts = [p.read_text("utf-8") for p in CORPUS]
    for i in range(n):
        text = texts[i % len(texts)].replace("](https://", f"](https://copy{i}.", 1)
        (where / f"{i:05d}.txt").write_text(text, "utf-8")


def _graphs(store: ox.Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_for_pattern(None, None, None):
        if not isinstance(q.graph_name, ox.DefaultGraph):
            out[q.graph_name.value].add(str(q.triple))
    return out


def _build(inputs, store, out, workers: int = 2) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg", "build", str(inputs), "-o", str(out), "--store", str(store),
           "--no-validate", "-q", "--workers", str(workers)]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _graph_count(store) -> int:
    try:
        return sum(1 for _ in ox.Store.read_only(str(store)).named_graphs())
    except (OSError, RuntimeError):  # not created yet, or still being initialised
        return 0


def test_killed_load_leaves_whole_or_absent_graphs(tmp_path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    _copies(articles, 600)
    expected_store = tmp_path / "expected"
    assert _build(articles, expected_store, tmp_path / "e.nq").wait(timeout=300) == 0
    expected = _graphs(open_store(expected_store, read_only=True))
    assert len(expected) == 600

    store = tmp_path / "store"
    proc = _build(articles, store, tmp_path / "k.nq", workers=1)  # slower: a wider window to kill
    deadline = time.monotonic() + 120
    # Kill once the second batch of 250 is on its way: the first is whole by then.
    while _graph_count(store) <= 250 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the build finished before it could be killed; give it more input"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    partial = _graphs(open_store(store))  # opens read-write: the lock died with the process
    assert 250 <= len(partial) < 600
    for name, triples in partial.items():
        assert triples == expected[name], f"{name} is not whole"
    assert not (tmp_path / "k.nq").exists()  # the output file is written atomically, or not at all

    assert _build(articles, store, tmp_path / "k.nq").wait(timeout=300) == 0
    assert _graphs(open_store(store, read_only=True)) == expected
