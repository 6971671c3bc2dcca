"""Shared fixtures. Tests run from the repository root so that source paths read 'seeds/...'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from kg.iris import Minter
from kg.mapping.article import map_article
from kg.model import Article
from kg.pipeline import extract, extractor_for
from kg.reading.article import read_article
from kg.reading.dates import parse_tz
from kg.reading.sources import Source, read_source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = sorted((DATA / "corpus").glob("*.txt"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.ttl from the current build (on purpose only)")


@pytest.fixture(autouse=True, scope="session")
def _at_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Run from the repository root, with the default store in a scratch directory."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        mp.setenv("KG_STORE", str(tmp_path_factory.mktemp("store") / "default"))
        yield


def mentioned(text: str) -> set[tuple[str, str]]:
    """What kg.mentions finds in one text, as (surface, core type) pairs."""
    import kg

    return {(m.text, m.entity.kind.value) for m in kg.mentions(text)}


def check_mentions(text: str, wanted: set[tuple[str, str]], unwanted: set[tuple[str, str]]) -> None:
    """kg.mentions finds every (surface, core type) pair of `wanted` in the text and none of `unwanted`."""
    found = mentioned(text)
    assert wanted <= found, f"missing {wanted - found} in {found}"
    assert not unwanted & found, f"unwanted {unwanted & found} in {found}"


def read(path: Path, tz: str = "+08:00") -> Article:
    """The one article of a feed-item file, read with the default settings."""
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    items = list(read_source(Source(rel.as_posix(), path)))
    assert len(items) == 1 and not isinstance(items[0], Exception), items
    return read_article(items[0], parse_tz(tz))


def build_graph(path: Path) -> Graph:
    """One seed through the same stages the build uses: read, extract entities, map."""
    article = read(path)
    return map_article(article, Minter(), extract(article, extractor_for(()))).whole()


@pytest.fixture(scope="session")
def seed_graph() -> Graph:
    g = Graph()
    for path in SEEDS:
        for t in build_graph(path):
            g.add(t)
    return g


@pytest.fixture(scope="session")
def built() -> list:
    """The seeds and the corpus, built once: what a worker hands the writer."""
    from kg.pipeline import BuildOptions, Failure, build_sources
    from kg.reading.sources import expand

    outcomes = build_sources(expand([str(ROOT / "seeds"), str(ROOT / "tests/data/corpus")]), BuildOptions())
    return [b for b in outcomes if not isinstance(b, Failure)]


def free_port() -> int:
    """A loopback port nobody listens on now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc, what: str, seconds: float = 60) -> None:
    """Until a server started as `proc` listens on `port`; fail the test with its stderr if it dies."""
    import socket
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"{what} did not start: {err}")
            time.sleep(0.05)
    pytest.fail(f"{what} did not listen on port {port} within {seconds:g} s")
