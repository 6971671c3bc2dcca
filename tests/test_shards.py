"""The Dask build, on a real LocalCluster with two worker processes: its shards together hold the
local build's quads, identities across shards included."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import BuildOptions, build
from kg.serialize import GraphWriter
from kg.shards import build_shards
from tests.conftest import CORPUS

distributed = pytest.importorskip("distributed", reason="pip install -e '.[test]' installs dask.distributed")
INPUTS = ["seeds", "tests/data/corpus/*.txt"]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _quads(*paths: Path) -> set[ox.Quad]:
    return {q for p in paths for q in ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS)}


def test_shards_equal_the_local_build_as_quads(client, tmp_path) -> None:
    local = tmp_path / "local.nq"
    with GraphWriter(local, "nquads", "https://kg.example.org/") as w:
        summary = build(INPUTS, [w], BuildOptions(workers=1))
    result = build_shards(INPUTS, tmp_path / "shards", client, shard_size=3)
    shards = sorted((tmp_path / "shards").glob("part-*.nq"))
    assert len(shards) == len(result.shards) == -(-(2 + len(CORPUS)) // 3) > 2
    assert result.built == summary.built == 2 + len(CORPUS) and not result.failures
    assert _quads(*shards) == _quads(local)
    assert result.triples == summary.triples
    # Xi Jinping is in both seeds, which land in one shard; the corpus's mentions of him in other
    # shards carry the same IRI, with no coordination between the tasks.
    xi = ox.NamedNode("https://kg.example.org/person/xi-jinping")
    holding = [p for p in shards if any(q.subject == xi for q in ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS))]
    assert len(holding) > 1


def test_a_url_in_two_shards_is_kept_once_as_locally(client, tmp_path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    seeds = sorted(Path("seeds").glob("*.txt"))
    for i, p in enumerate([*seeds, seeds[0]]):  # the first seed again, in the last shard
        shutil.copy(p, inputs / f"{i:02d}.txt")
    local = tmp_path / "local.nq"
    with GraphWriter(local, "nquads", "https://kg.example.org/") as w:
        summary = build([str(inputs)], [w], BuildOptions(workers=1))
    result = build_shards([str(inputs)], tmp_path / "shards", client, shard_size=1)
    assert [f.source.endswith("02.txt") for f in result.failures] == [True]
    assert "duplicate article" in result.failures[0].reason
    assert len(summary.failures) == 1 and result.built == summary.built == 2
    assert _quads(*sorted((tmp_path / "shards").glob("part-*.nq"))) == _quads(local)
    assert result.triples == summary.triples


def test_the_cli_builds_on_a_scheduler_address(client, tmp_path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    address = client.scheduler.address
    out = tmp_path / "shards"
    result = CliRunner().invoke(main, ["build", "seeds", "--dask", address, "-o", str(out), "--shard-size", "1"])
    assert result.exit_code == 0, result.output
    assert "wrote 2 N-Quads shard(s)" in result.output and "2 built, 0 failed" in result.output
    assert len(_quads(*out.glob("part-*.nq"))) > 1000
    # The shards load into a store as the local build fills one.
    loaded = CliRunner().invoke(main, ["store", "load", str(out), "--store", str(tmp_path / "s")])
    assert loaded.exit_code == 0 and "2 article graphs loaded or replaced from 2 files" in loaded.output
    built = CliRunner().invoke(main, ["build", "seeds", "-o", str(tmp_path / "g.nq"), "--store", str(tmp_path / "b")])
    assert built.exit_code == 0
    from kg.store import open_store

    a, b = open_store(tmp_path / "s", read_only=True), open_store(tmp_path / "b", read_only=True)
    assert set(a) == set(b) and len(a) > 1000
    bad = CliRunner().invoke(main, ["build", "seeds", "--dask", address, "-o", str(tmp_path / "g.ttl")])
    assert bad.exit_code == 2 and "names a directory for the shards" in bad.output
