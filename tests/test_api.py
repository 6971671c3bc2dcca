"""The Python API at the top of the package: build, read, mentions, validate, and the README's example."""

from __future__ import annotations

import gc
import io
import re
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

import kg
from kg.errors import UsageError
from kg.namespaces import SDO

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES_WITH_DATES = """SELECT DISTINCT ?a WHERE { GRAPH ?g {
  ?a a <https://schema.org/NewsArticle> ; <https://schema.org/datePublished> ?d } }"""


def test_build_gives_a_dataset_of_article_graphs() -> None:
    ds = kg.build([str(SEEDS)])
    assert isinstance(ds, Dataset)
    assert len(list(ds.query(ARTICLES_WITH_DATES))) == 2
    named = [g for g in ds.graphs() if g.identifier != ds.default_graph.identifier and len(g)]
    assert len(named) == 2
    bound = dict(ds.namespaces())
    assert str(bound["schema"]) == str(SDO) and "person" in bound


def test_build_takes_paths_globs_and_file_objects() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    with files[1].open("rb") as fh:
        ds = kg.build([files[0], fh])
    assert len(list(ds.query(ARTICLES_WITH_DATES))) == 2
    text = io.StringIO(files[0].read_text("utf-8"))
    assert len(list(kg.build([text]).query(ARTICLES_WITH_DATES))) == 1
    assert len(list(kg.build([str(SEEDS / "*.txt")]).query(ARTICLES_WITH_DATES))) == 2


def test_failed_inputs_raise_with_the_rest_built_or_go_to_the_caller(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just some notes", "utf-8")
    with pytest.raises(kg.InputFailures) as raised:
        kg.build([str(SEEDS), str(bad)])
    assert [f.source for f in raised.value.failures] == [bad.as_posix()]
    assert "not an article" in raised.value.failures[0].reason
    assert len(list(raised.value.dataset.query(ARTICLES_WITH_DATES))) == 2  # nothing else lost
    seen = []
    ds = kg.build([str(SEEDS), str(bad)], on_failure=seen.append)
    assert [f.source for f in seen] == [bad.as_posix()] and len(list(ds.query(ARTICLES_WITH_DATES))) == 2


def test_read_yields_articles_and_never_a_non_article(tmp_path: Path) -> None:
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    seen = []
    articles = list(kg.read([str(SEEDS), str(bad)], on_failure=seen.append))
    assert [type(a) for a in articles] == [kg.Article, kg.Article]
    assert all(a.headline and a.url.startswith("https://") for a in articles)
    assert [f.source for f in seen] == [bad.as_posix()]
    with pytest.raises(kg.InputFailures):
        list(kg.read([str(bad)]))


def test_mentions_have_offsets_and_types() -> None:
    text = "俄罗斯总统普京在莫斯科会见了杨洁篪。"
    found = kg.mentions(text)
    assert [(m.text, m.kind) for m in found] == [
        ("俄罗斯", kg.EntityKind.PLACE), ("普京", kg.EntityKind.PERSON), ("莫斯科", kg.EntityKind.PLACE),
        ("杨洁篪", kg.EntityKind.PERSON)]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert found[0].entity.type == "Country" and found[0].entity.wikidata


def test_validate_takes_a_dataset_or_a_graph() -> None:
    ds = kg.build([str(SEEDS)])
    report = kg.validate(ds)
    assert report.conforms and report.warnings
    broken = Graph()
    broken.parse(ROOT / "tests/shapes/person.fail.ttl")
    assert not kg.validate(broken).conforms


def test_an_invalid_base_is_a_usage_error_before_any_work() -> None:
    for base in ("https://example.org/kg#", "ftp://example.org/", "https://example.org/?a=1", "例子"):
        with pytest.raises(UsageError, match="base"):
            kg.build([str(SEEDS)], base=base)


def test_calling_kg_leaves_the_garbage_collector_as_it_was() -> None:
    before = gc.get_threshold()
    kg.build([str(SEEDS)])
    assert gc.get_threshold() == before and not gc.get_freeze_count()


def test_the_extractor_notices_a_changed_gazetteer(tmp_path: Path) -> None:
    names = tmp_path / "names.tsv"
    names.write_text("kind\tname_zh\nOrganization\t甲乙丙丁公司\n", "utf-8")
    text = "甲乙丙丁公司和戊己庚辛集团签约。"
    assert any(m.text == "甲乙丙丁公司" for m in kg.mentions(text, gazetteers=[names]))
    names.write_text("kind\tname_zh\nOrganization\t戊己庚辛集团\nPerson\t张三丰\n", "utf-8")  # the size changes too
    found = {m.text for m in kg.mentions(text, gazetteers=[names])}
    assert "戊己庚辛集团" in found


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's example, as a user would run it: from a directory holding seeds/."""
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    assert blocks, "the README has a Python example"
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})


def test_one_han_test_covers_the_supplementary_planes() -> None:
    from kg.entities.spans import HAN_RUN
    from kg.mapping.fields import script_tag
    from kg.reading.lang import detect
    from kg.text import has_han

    for ch in ("𠮷", "中", "㐀", "豈", "𰀀"):
        assert has_han(ch) and HAN_RUN.match(ch), ch
        assert script_tag(ch, "zh-Hans") == "zh-Hans"
    assert detect("𠮷野家") != "en" and not has_han("Tokyo")


def test_publish_writes_a_site_and_replaces_only_its_own(tmp_path: Path) -> None:
    ds = kg.build([str(SEEDS)])
    site = tmp_path / "site"
    report = kg.publish(ds, site)
    assert report.pages > 10 and (site / ".kg-site").exists() and (site / "index.html").exists()
    kg.publish(ds, site)  # its own site: replaced
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]  # no staging left behind
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep me", "utf-8")
    with pytest.raises(UsageError, match="not a site kg published"):
        kg.publish(ds, foreign)
    assert (foreign / "mine.txt").read_text("utf-8") == "keep me"
    graph = tmp_path / "out" / "g.ttl"
    graph.parent.mkdir()
    graph.write_text((ROOT / "tests/golden/000_f72b604293d7eff6.ttl").read_text("utf-8"), "utf-8")
    with pytest.raises(UsageError, match="would delete it"):
        kg.publish([graph], graph.parent)
    assert kg.publish([graph], tmp_path / "from-file").pages > 10
