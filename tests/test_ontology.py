"""ontology/kg.ttl declares every KG term the code uses, in English and Chinese."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import KG, KG_NS
from tests.conftest import ROOT

ONTOLOGY = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")


def _used_in_code() -> set[str]:
    """Every KG.<term> written anywhere in the package."""
    used: set[str] = set()
    for path in (ROOT / "kg").rglob("*.py"):
        used |= set(re.findall(r"\bKG\.([A-Za-z_]\w*)", path.read_text("utf-8")))
    return used


def test_code_uses_only_declared_terms() -> None:
    declared = {str(s).removeprefix(KG_NS) for s in ONTOLOGY.subjects(RDF.type, None)
                if str(s).startswith(KG_NS)}
    used = _used_in_code()
    assert used, "the scan found no KG terms at all"
    assert used <= declared, used - declared
    assert set(KG.__annotations__) <= declared


@pytest.mark.parametrize("term", sorted(KG.__annotations__))
def test_term_has_labels_and_comments_in_both_languages(term: str) -> None:
    iri = URIRef(KG_NS + term)
    assert (iri, RDF.type, None) in ONTOLOGY
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in ONTOLOGY.objects(iri, prop)}
        assert {"en", "zh-Hans"} <= langs, (term, prop, langs)


def test_misspelled_term_fails_loudly() -> None:
    with pytest.raises(AttributeError):
        _ = KG.sourcePth


def test_ontology_header() -> None:
    assert (URIRef(KG_NS.rstrip("#")), RDF.type, OWL.Ontology) in ONTOLOGY
