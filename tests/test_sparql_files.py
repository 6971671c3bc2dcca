"""The SPARQL kg runs itself lives in kg/sparql, one file a query or update, with the shared prefixes."""

from __future__ import annotations

from importlib import resources

import pyoxigraph as ox
import pytest

from kg import sparql

FOLDER = resources.files("kg.sparql")
FILES = sorted(p.name for p in FOLDER.iterdir() if p.name.endswith((".rq", ".ru")))


@pytest.mark.parametrize("file", FILES)
def test_each_file_runs_with_the_shared_prefixes(file: str) -> None:
    name, kind = file.rsplit(".", 1)
    assert "<https://schema.org/" not in (FOLDER / file).read_text("utf-8")  # prefixed names only
    text = sparql.text(name)
    assert "PREFIX schema: <https://schema.org/>" in text
    store = ox.Store()
    if kind == "ru":
        store.update(text)
    else:
        assert list(store.query(text)) == [] or "COUNT" in text


def test_an_unknown_name_is_an_error() -> None:
    assert len(FILES) >= 14
    with pytest.raises(KeyError):
        sparql.text("no_such_query")
