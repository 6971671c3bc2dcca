"""Every shape has a passing and a failing fixture (tests/shapes/), and some a warning one."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.shacl import Severity, validate
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "shapes"
SHAPES = sorted(p.stem for p in (ROOT / "shapes").glob("*.ttl"))
# fixture -> (severity, path) of the finding it must raise
EXPECTED = {
    "news_article.fail": (Severity.VIOLATION, "schema:headline"),
    "news_article.warn": (Severity.WARNING, "schema:author"),
    "article_graph.fail": (Severity.VIOLATION, "kg:sourceSha256"),
    "person.fail": (Severity.VIOLATION, "schema:name"),
    "person.warn": (Severity.WARNING, "schema:sameAs"),
    "organization.fail": (Severity.VIOLATION, "schema:url"),
    "image_object.fail": (Severity.VIOLATION, "schema:width"),
    "image_object.warn": (Severity.WARNING, "schema:caption"),
    "web_page.fail": (Severity.VIOLATION, "schema:url"),
    "place.fail": (Severity.VIOLATION, "schema:containedInPlace"),
    "event.fail": (Severity.VIOLATION, "schema:startDate"),
    "event.warn": (Severity.WARNING, None),
    "event.fail-attendee": (Severity.VIOLATION, "schema:attendee"),
    "person.fail-nationality": (Severity.VIOLATION, "schema:nationality"),
    "organization.fail-location": (Severity.VIOLATION, "schema:location"),
    "place.fail-geo": (Severity.VIOLATION, "schema:geo"),
    "geo_coordinates.fail": (Severity.VIOLATION, "schema:latitude"),
    "nif_phrase.fail": (Severity.VIOLATION, "itsrdf:taIdentRef"),
    "nif_phrase.warn": (Severity.WARNING, "nif:sentence"),
    "nif_context.fail": (Severity.VIOLATION, "nif:sourceUrl"),
    "creative_work.fail": (Severity.VIOLATION, "schema:name"),
    "event.fail-work": (Severity.VIOLATION, "schema:workFeatured"),
}


def _load(name: str) -> Graph:
    return Graph().parse(FIXTURES / f"{name}.ttl", format="turtle")


def test_every_shape_has_fixtures() -> None:
    assert set(SHAPES) == {"article_graph", "creative_work", "event", "geo_coordinates", "image_object", "news_article",
                           "nif_context", "nif_phrase", "organization", "person", "place", "web_page"}
    for shape in SHAPES:
        assert (FIXTURES / f"{shape}.pass.ttl").exists(), shape
        assert (FIXTURES / f"{shape}.fail.ttl").exists(), shape


@pytest.mark.parametrize("shape", SHAPES)
def test_passing_fixture_is_clean(shape: str) -> None:
    report = validate(_load(f"{shape}.pass"))
    assert report.findings == (), [f.line() for f in report.findings]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_failing_fixture_is_caught(name: str) -> None:
    severity, path = EXPECTED[name]
    report = validate(_load(name))
    hits = [f for f in report.findings if f.severity is severity and f.path == path]
    assert hits, [f.line() for f in report.findings]
    assert all(f.message and f.message != "does not conform" for f in hits)
    assert report.conforms == (severity is not Severity.VIOLATION)


def test_event_range_end_must_be_a_date() -> None:
    report = validate(_load("event.fail-attendee"))
    assert any(f.path == "schema:endDate" and f.severity is Severity.VIOLATION for f in report.findings)


def test_seed_graph_conforms(seed_graph: Graph) -> None:
    report = validate(seed_graph)
    assert report.conforms, [f.line() for f in report.violations]


def test_pyshacl_speed_up_changes_no_result(monkeypatch) -> None:
    """kg gives pySHACL's parameter cache a faster list during its own validation only; results
    are the same, and the cache is as it was afterwards."""
    from contextlib import nullcontext

    from pyshacl import shape

    import kg.shacl

    data = Graph()
    for name in EXPECTED:
        data += _load(name)
    sentinel = object()
    before = getattr(shape, "CONSTRAINT_PARAMS", sentinel)
    with kg.shacl._faster_pyshacl():
        assert type(shape.CONSTRAINT_PARAMS[0]).__name__ == "_ParameterList"
    assert getattr(shape, "CONSTRAINT_PARAMS", sentinel) is before
    fast = validate(data)
    assert getattr(shape, "CONSTRAINT_PARAMS", sentinel) is before  # nothing process-wide left behind
    monkeypatch.setattr(kg.shacl, "_faster_pyshacl", nullcontext)
    plain = validate(data)
    assert fast.findings == plain.findings and len(fast.findings) > 5
