"""Loading article graphs in bulk: kg store load of a build's N-Quads, batches cut into pieces
loaded at once, and errors that name the file's line."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.store
from kg.cli import main
from kg.nquads import load_nquads
from kg.store import ArticleStore, StoreError, open_store, pending, stats

KIM = "tests/data/corpus/nyt_20230905_putin-kim-meeting-russia-north-korea-weapons.txt"
BAD_IRI = b"<http://a/s> <http://a/p> <http://a/b c> <https://kg.example.org/graph/bad> .\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """Three articles built to N-Quads and into a store."""
    where = tmp_path_factory.mktemp("built")
    nq, store = where / "g.nq", where / "store"
    assert run("build", "seeds", KIM, "-o", str(nq), "--store", str(store)).exit_code == 0
    return nq, store


@pytest.fixture
def in_pieces(monkeypatch) -> None:
    """Every batch cut into three pieces, however small, so tests see the pieces' seams."""
    monkeypatch.setattr(kg.store, "_SMALL", 0)
    monkeypatch.setattr(kg.store, "PIECES", 3)


def _same(store: Path, other: Path) -> None:
    a, b = open_store(store, read_only=True), open_store(other, read_only=True)
    assert stats(a) == stats(b)
    assert set(a) == set(b)  # every quad, default graph included


def test_load_nquads_holds_what_the_build_loads(tmp_path, built, in_pieces) -> None:
    nq, store = built
    loaded = open_store(tmp_path / "loaded")
    progress: list[int] = []
    assert load_nquads(loaded, nq, batch_size=2, on_batch=progress.append) == 3
    assert len(progress) == 2 and progress[-1] == nq.stat().st_size  # a call per batch written
    del loaded
    _same(tmp_path / "loaded", store)
    assert load_nquads(open_store(tmp_path / "loaded"), nq) == 3  # again: replaced, not doubled
    _same(tmp_path / "loaded", store)


def test_store_load_command(tmp_path, built) -> None:
    nq, store = built
    result = run("store", "load", str(nq), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0 and "3 article graphs loaded or replaced" in result.output
    _same(tmp_path / "s", store)
    (tmp_path / "bad.nq").write_bytes(BAD_IRI)
    result = run("store", "load", str(tmp_path / "bad.nq"), "--store", str(tmp_path / "s"))
    assert result.exit_code == 2 and "bad.nq: not N-Quads of article graphs: line 1" in result.output
    _same(tmp_path / "s", store)  # the refused batch left nothing behind


def test_crlf_comments_and_blank_lines_are_read(tmp_path, built) -> None:
    nq, store = built
    lines = nq.read_bytes().splitlines(keepends=True)
    mixed = [b"# a comment\n", b"\n", *lines[:10], b"  # indented\n", *lines[10:]]
    (tmp_path / "crlf.nq").write_bytes(b"".join(line.replace(b"\n", b"\r\n") for line in mixed))
    assert load_nquads(open_store(tmp_path / "s"), tmp_path / "crlf.nq") == 3
    _same(tmp_path / "s", store)


def test_a_parser_error_names_the_files_line_across_pieces(tmp_path, built, in_pieces) -> None:
    nq, _ = built
    lines = nq.read_bytes().splitlines(keepends=True)
    at = len(lines) * 5 // 6  # in the last of the three pieces
    label = lines[at][lines[at].rfind(b" <"):]  # its graph, so the graph's lines stay together
    lines[at] = b"<http://a/s> <http://a/p> <http://a/b c>" + label
    (tmp_path / "bad.nq").write_bytes(b"".join(lines))
    with pytest.raises(StoreError, match=rf"bad\.nq: not N-Quads of article graphs: line {at + 1}, "):
        load_nquads(open_store(tmp_path / "s"), tmp_path / "bad.nq")
    s = open_store(tmp_path / "s")
    assert not pending(s) and len(s) == 0  # the batch is absent, not half there


def test_misplaced_lines_are_named(tmp_path, built) -> None:
    nq, _ = built
    lines = nq.read_bytes().splitlines(keepends=True)
    (tmp_path / "split.nq").write_bytes(lines[-1] + b"".join(lines[:-1]))
    with pytest.raises(StoreError, match="are not together"):
        load_nquads(open_store(tmp_path / "s2"), tmp_path / "split.nq")
    (tmp_path / "plain.nt").write_bytes(b"<http://a/s> <http://a/p> <http://a/o> .\n")
    with pytest.raises(StoreError, match=r"plain\.nt: not N-Quads of article graphs: line 1"):
        load_nquads(open_store(tmp_path / "s3"), tmp_path / "plain.nt")
    assert not pending(open_store(tmp_path / "s3"))  # the failed batch left nothing half done
    (tmp_path / "bad.nq").write_bytes(b"<http://a/s> <http://a/p> _:b0 .\n")
    with pytest.raises(StoreError, match="line 1 is not a quad in a named graph"):
        load_nquads(open_store(tmp_path / "s4"), tmp_path / "bad.nq")


def test_the_builds_store_raises_a_refused_batch_at_close(tmp_path) -> None:
    """Batches are written in the background; a refused one is reported, and left absent."""
    sink = ArticleStore(tmp_path / "s", batch_size=1)
    sink.add_lines("https://kg.example.org/graph/bad", [b"<http://a/s> <http://a/p> <http://a/b c> .\n"])
    with pytest.raises(StoreError, match="refused article graphs: line 1 of a batch"):
        sink.close()
    s = open_store(tmp_path / "s")
    assert not pending(s) and not s.contains_named_graph(ox.NamedNode("https://kg.example.org/graph/bad"))


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_the_stores_own_export_loads_back(tmp_path: Path, fmt: str) -> None:
    """kg store export, then kg store load into a new store: the same quads."""
    def run(*args: str):
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    first, second = tmp_path / "first", tmp_path / "second"
    run("build", "seeds", "tests/data/corpus/nyt_20231117_biden-apec-xi.txt", "-o", str(tmp_path / "g.nq"),
        "--store", str(first))
    dump = tmp_path / f"all.{fmt}"
    run("store", "export", "--format", fmt, "-o", str(dump), "--store", str(first))
    assert "3 article graphs loaded" in run("store", "load", str(dump), "--store", str(second)).output
    a, b = ox.Store(str(first)), ox.Store(str(second))
    assert set(a) == set(b)


def test_scattered_nquads_load_grouped(tmp_path: Path) -> None:
    from kg.nquads import load_file

    lines = [b'<http://a/s> <http://a/p> "1" <http://a/g1> .\n', b'<http://a/s> <http://a/p> "2" <http://a/g2> .\n',
             b'<http://a/s> <http://a/p> "3" <http://a/g1> .\n']
    path = tmp_path / "scattered.nq"
    path.write_bytes(b"".join(lines))
    store = ox.Store()
    assert load_file(store, path) == 2
    assert len(list(store.quads_for_pattern(None, None, None, ox.NamedNode("http://a/g1")))) == 2
