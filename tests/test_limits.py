"""Limits a user can see and set (kg.limits): an article past one is built in part with a warning
that names the cut, or refused with its reason, and the rest of the batch is built."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner
from rdflib import Dataset
from rdflib.namespace import SDO

import kg
from kg.cli import main
from kg.namespaces import NIF
from tests.conftest import SEEDS


def _build(tmp_path, *args: str):
    out = tmp_path / "out.nq"
    result = CliRunner().invoke(main, ["build", *map(str, SEEDS), "-o", str(out), "--no-store", *args])
    return result, out


def test_an_item_too_long_is_refused_before_parsing_and_the_rest_is_built(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(SEEDS[0].read_text("utf-8").replace("/x/", "/big/").replace(
        "</section>", "<p>" + "长" * 50_000 + "</p></section>", 1), "utf-8")
    out = tmp_path / "out.nq"
    result = CliRunner().invoke(main, ["build", str(SEEDS[1]), str(big), "-o", str(out), "--no-store",
                                       "--max-item-chars", "40000"])
    assert result.exit_code == 1, result.output
    assert "more than --max-item-chars 40,000; refused" in result.output
    assert "articles: 1 built, 1 failed" in result.output


def test_a_long_body_is_cut_with_a_warning(tmp_path) -> None:
    result, out = _build(tmp_path, "--max-article-chars", "300")
    assert result.exit_code == 0, result.output
    assert "body cut at" in result.output and "--max-article-chars 300" in result.output
    ds = Dataset().parse(out, format="nquads")
    bodies = [str(o) for _, _, o, _ in ds.quads((None, SDO.articleBody, None, None))]
    assert bodies and all(len(b) <= 300 + 10 for b in bodies)  # paragraphs joined by blank lines


def test_mentions_are_cut_with_a_warning(tmp_path) -> None:
    result, out = _build(tmp_path, "--max-mentions", "5")
    assert result.exit_code == 0, result.output
    assert "mentions cut at 5 of" in result.output
    ds = Dataset().parse(out, format="nquads")
    for g in ds.graphs():
        phrases = set(g.subjects(None, NIF.Phrase))
        entity_phrases = [p for p in phrases if "#char=" in str(p)]
        assert len(entity_phrases) <= 5 + 12, len(entity_phrases)  # trigger words are evidence too


def test_an_article_past_its_time_fails_alone(monkeypatch) -> None:
    import kg.pipeline as pipeline

    real = pipeline.extract

    def slow(article, extractor):
        if "2206a50e" in article.source:
            time.sleep(3)
        return real(article, extractor)

    monkeypatch.setattr(pipeline, "extract", slow)
    failures = []
    ds = kg.build([str(p) for p in SEEDS], limits=kg.Limits(seconds=1), on_failure=failures.append)
    assert [f.source.rsplit("/", 1)[-1] for f in failures] == ["001_2206a50e3245df71.txt"]
    assert "took longer than 1 s" in failures[0].reason
    assert len(list(ds.graphs())) >= 1


@pytest.mark.parametrize("option", ["--max-item-chars", "--max-article-chars", "--max-mentions"])
def test_limits_are_usage_checked(option: str) -> None:
    result = CliRunner().invoke(main, ["build", "seeds", "--no-store", option, "0"])
    assert result.exit_code == 2
