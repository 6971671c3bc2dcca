"""A load killed with a real signal in the middle of a write leaves a store that opens, with every
article graph whole or absent; running the build again completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict

import pyoxigraph as ox

from kg.store import STATE_GRAPH, open_store, pending, repair
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
        if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != STATE_GRAPH:
            out[q.graph_name.value].add(str(q.triple))
    return out


def _default(store: ox.Store) -> set[str]:
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _build(inputs, store, out, workers: int = 2) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg", "build", str(inputs), "-o", str(out), "--store", str(store),
           "--no-validate", "--no-entities", "-q", "--workers", str(workers)]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _writing(store) -> bool:
    """Whether a batch is being written now: its pending marks are there."""
    try:
        return bool(pending(ox.Store.read_only(str(store))))
    except (OSError, RuntimeError):  # not created yet, or still being initialised
        return False


def _kill_mid_write(articles, store, out) -> list[ox.NamedNode]:
    """Run the build and SIGKILL it while a batch's marks are set. Returns those marks."""
    for _attempt in range(5):
        proc = _build(articles, store, out, workers=1)
        deadline = time.monotonic() + 120
        while not _writing(store) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        marks = pending(ox.Store(str(store)))  # a raw open: no repair yet
        if marks:
            return marks
    raise AssertionError("could not kill the build in the middle of a write in 5 tries")


def test_killed_load_leaves_whole_or_absent_graphs(tmp_path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    _copies(articles, 600)
    expected_store = tmp_path / "expected"
    assert _build(articles, expected_store, tmp_path / "e.nq").wait(timeout=300) == 0
    expected_ox = open_store(expected_store, read_only=True)
    expected, expected_default = _graphs(expected_ox), _default(expected_ox)
    assert len(expected) == 600

    store = tmp_path / "store"
    marks = _kill_mid_write(articles, store, tmp_path / "k.nq")
    raw = ox.Store(str(store))
    assert repair(raw) == marks  # the interrupted batch is dropped
    partial = _graphs(raw)
    assert len(partial) < 600 and not set(partial) & {m.value for m in marks}
    for name, triples in partial.items():
        assert triples == expected[name], f"{name} is not whole"
    # The default graph is exactly the distinct union of what is left.
    assert _default(raw) == set().union(*partial.values())
    del raw
    assert not (tmp_path / "k.nq").exists()  # the output file is written atomically, or not at all

    assert _build(articles, store, tmp_path / "k.nq").wait(timeout=300) == 0
    done = open_store(store, read_only=True)
    assert _graphs(done) == expected and _default(done) == expected_default


def test_store_creation_is_atomic_and_a_killed_one_is_recognised(tmp_path) -> None:
    """A kill while RocksDB creates the store once left a directory without CURRENT that neither
    stats nor repair could open. Creation now happens beside the target and is renamed into place;
    what an older killed creation left (RocksDB's files, no CURRENT) is made anew."""
    import pytest

    from kg.store import StoreError

    made = tmp_path / "store"
    open_store(made)
    assert (made / "CURRENT").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # no temporary directory left

    killed = tmp_path / "killed"
    open_store(killed)
    (killed / "CURRENT").unlink()  # what a kill during creation left: RocksDB's files, no marker
    store = open_store(killed)
    store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c")))
    assert len(store) == 1

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own file")
    with pytest.raises(StoreError, match="holds other files"):
        open_store(mine)
    assert (mine / "notes.txt").read_text() == "my own file"  # never removed
