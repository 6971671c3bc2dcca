"""The typology of events: every kind is data (kg/events/triggers.py), a kg: class in the ontology
under its ACE 2005 class, and found in clauses of news Chinese."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.events.triggers import BY_KIND, TYPES
from kg.model import EventKind
from kg.namespaces import KG_NS
from kg.pipeline import extract, extractor_for
from tests.test_events import article
from tests.test_ontology import ONTOLOGY


def test_every_kind_has_its_words_and_its_class() -> None:
    assert set(BY_KIND) == set(EventKind)
    for t in TYPES:
        cls = URIRef(KG_NS + t.kind.value)
        parent = URIRef(KG_NS + t.ace) if t.ace else SDO.Event
        assert (cls, RDFS.subClassOf, parent) in ONTOLOGY, t.kind
        if t.ace:  # an ACE class, under schema:Event or schema's own type for it
            assert {(parent, RDFS.subClassOf, SDO.Event), (parent, RDFS.subClassOf, SDO.BusinessEvent)} & set(
                ONTOLOGY.triples((parent, RDFS.subClassOf, None)))
        # the words are what names a kind; an occurrence is any other dated happening (by its verb)
        assert bool(t.words) is (t.kind is not EventKind.OCCURRENCE), t.kind


def test_no_word_reports_two_kinds() -> None:
    counts = Counter(w for t in TYPES for w in set(t.words))
    assert not [w for w, n in counts.items() if n > 1]


def events(text: str, published: date = date(2024, 6, 24)):
    return extract(article(text, published=published), extractor_for(())).events


@pytest.mark.parametrize(("text", "kind"), [
    ("中国商务部周一宣布对欧洲猪肉展开反倾销调查。", EventKind.INVESTIGATION),
    ("哈贝克周六抵达上海，开始对中国的访问。", EventKind.VISIT),
    ("拜登周三在白宫发表讲话。", EventKind.STATEMENT),
    ("数千人周日在柏林举行抗议。", EventKind.PROTEST),
    ("这名男孩于9月18日在深圳身亡。", EventKind.DEATH),
    ("长征五号B运载火箭周日在海南发射。", EventKind.LAUNCH),
    ("《哪吒2》于1月29日在中国上映。", EventKind.RELEASE),
])
def test_clauses_report_their_kind(text: str, kind: EventKind) -> None:
    assert kind in {e.kind for e in events(text)}, events(text)


@pytest.mark.parametrize("text", [
    "中国没有宣布任何措施。",  # negated
    "欧盟可能在秋天征收关税。",  # hypothetical
    "他表示中国经济很强大。",  # no date: a state of affairs, an opinion
])
def test_what_is_not_an_event(text: str) -> None:
    assert not events(text)
