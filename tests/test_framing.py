"""kg.framing frames an article's graph as pyld does, byte for byte, and several times faster;
what it does not handle goes to pyld."""

from __future__ import annotations

import json

import orjson
import pytest
from pyld.jsonld import JsonLdProcessor

from kg import framing
from kg import jsonld as kg_jsonld
from kg.jsonld import context, frame_article
from tests.conftest import CORPUS

A = "https://kg.example.org/article/a"
G = "https://kg.example.org/graph/a"
S, KG = "https://schema.org/", "https://kg.example.org/ns#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
PERSON = "https://kg.example.org/person/li-qiang"


def _nt(*triples: tuple[str, str, str]) -> bytes:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in sorted(triples)).encode("utf-8")


def _i(iri: str) -> str:
    return f"<{iri}>"


def _record() -> list[tuple[str, str, str]]:
    return [(_i(G), _i(RDF_TYPE), _i(KG + "ArticleGraph")), (_i(G), _i(S + "mainEntity"), _i(A)),
            (_i(G), _i(KG + "generator"), '"kg 0.1.0"')]


# Each graph exercises what pyld's compaction decides by the value: several types, language maps
# with repeated and missing tags, coerced and uncoerced datatypes, @id-typed terms given IRIs
# under a prefix and given literals, a node reached twice (embedded once), one reached only by
# evidence, a node that refers to itself, reverse links, an object IRI with no triples.
GRAPHS = {
    "types and language maps": [
        *_record(),
        (_i(A), _i(RDF_TYPE), _i(S + "NewsArticle")),
        (_i(A), _i(RDF_TYPE), _i(S + "Article")),
        (_i(A), _i(S + "headline"), '"标题"@zh-hans'),
        (_i(A), _i(S + "headline"), '"另一个"@zh-Hans'),
        (_i(A), _i(S + "headline"), '"Title"@en-us'),
        (_i(A), _i(S + "headline"), '"no tag"'),
        (_i(A), _i(S + "headline"), f'"typed"^^<{XSD}token>'),
    ],
    "datatypes and @id terms": [
        *_record(),
        (_i(A), _i(S + "datePublished"), f'"2024-05-01T08:00:00+08:00"^^<{XSD}dateTime>'),
        (_i(A), _i(S + "datePublished"), f'"2024-05-01"^^<{XSD}date>'),
        (_i(A), _i(S + "wordCount"), f'"812"^^<{XSD}integer>'),
        (_i(A), _i(S + "wordCount"), '"many"'),
        (_i(A), _i(S + "url"), _i("https://cn.nytimes.com/a")),
        (_i(A), _i(S + "url"), '"not an IRI"'),
        (_i(A), _i(S + "sameAs"), _i(S + "Thing")),
        (_i(A), _i(S + "isBasedOn"), _i(KG + "Term")),
        (_i(A), _i(S + "genre"), '"x"^^<https://example.org/dt>'),
        # objects whose IRI is a term's own: pyld then prefers terms that take vocabulary IRIs
        (_i(A), _i(S + "about"), _i(S + "url")),
        (_i(A), _i(S + "sameAs"), _i(S + "name")),
        (_i(A), _i(S + "isPartOf"), _i(KG + "ArticleGraph")),
    ],
    "embedding once, evidence and reverse links": [
        *_record(),
        (_i(A), _i(RDF_TYPE), _i(S + "NewsArticle")),
        (_i(A), _i(S + "mentions"), _i(PERSON)),
        (_i(A), _i(S + "author"), _i(PERSON)),
        (_i(PERSON), _i(RDF_TYPE), _i(S + "Person")),
        (_i(PERSON), _i(S + "name"), '"李强"@zh-Hans'),
        (_i(PERSON), _i(S + "subjectOf"), _i(A)),
        (_i(A + "#char=0,9"), _i(RDF_TYPE), _i(NIF + "Context")),
        (_i(A + "#char=0,9"), _i(NIF + "sourceUrl"), _i(A)),
        (_i(A + "#char=0,9"), _i(NIF + "referenceContext"), _i(A + "#char=0,9")),
        (_i(A + "#char=0,2"), _i(NIF + "referenceContext"), _i(A + "#char=0,9")),
        (_i(A + "#char=0,2"), _i(NIF + "beginIndex"), f'"0"^^<{XSD}nonNegativeInteger>'),
        (_i(A + "#char=0,2"), _i(ITS + "taIdentRef"), _i(PERSON)),
        (_i(A + "#char=3,5"), _i(NIF + "referenceContext"), _i(A + "#char=0,9")),
        (_i(A + "#char=3,5"), _i(ITS + "taIdentRef"), _i("https://kg.example.org/place/only-here")),
        (_i("https://kg.example.org/place/only-here"), _i(S + "name"), '"北京"@zh-Hans'),
        (_i(A + "#char=6,8"), _i(ITS + "taIdentRef"), _i("https://www.wikidata.org/entity/Q1")),
    ],
}


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_kg_framing_gives_pyld_s_bytes(name: str) -> None:
    nt = _nt(*GRAPHS[name])
    compactor, top_type, top_frame = kg_jsonld._fast_framing(json.dumps(context(), sort_keys=True))
    quick = framing.frame(framing.node_map(nt), top_type, top_frame, compactor)  # raises if unsupported
    plain = frame_article(nt, context(), JsonLdProcessor())
    assert json.dumps(quick, ensure_ascii=False, indent=2) == json.dumps(plain, ensure_ascii=False, indent=2)
    assert quick["mainEntity"]["@id"] == A


def test_the_articles_kg_builds_need_no_pyld(built, monkeypatch) -> None:
    """Every article of the seeds and the corpus takes kg.framing's path, and gives pyld's bytes."""
    assert len(built) == 2 + len(CORPUS)
    plain = {}
    for b in built:
        nt = b"".join(b.lines)
        plain[nt] = json.dumps(frame_article(nt, context(), JsonLdProcessor()), ensure_ascii=False, indent=2)

    def refuse(*args, **kwargs):
        raise AssertionError("kg.framing handed an article to pyld")

    monkeypatch.setattr(kg_jsonld._FRAMER, "frame", refuse)
    for nt, expected in plain.items():
        assert json.dumps(frame_article(nt, context()), ensure_ascii=False, indent=2) == expected


@pytest.mark.parametrize("extra", [
    [("_:b0", _i(S + "name"), '"blank"')],  # a blank node
    [(_i(G + "2"), _i(RDF_TYPE), _i(KG + "ArticleGraph"))],  # two article records
    [(_i(A), _i(S + "headline"), '"@null"@en')],  # pyld's last step reads "@null" as null
    [(_i(G), _i(KG + "generator"), '"@null"')],
    [(_i(A), _i(S + "headline"), '"a"@ar--rtl')],  # a base direction (RDF 1.2)
    [(_i(A), _i(S + "@language"), '"Hello World-AB"')],  # a property that compacts to a keyword
])
def test_what_kg_framing_does_not_handle_goes_to_pyld(extra) -> None:
    nt = _nt(*GRAPHS["types and language maps"], *extra)
    with pytest.raises(framing.Unsupported):
        compactor, top_type, top_frame = kg_jsonld._fast_framing(json.dumps(context(), sort_keys=True))
        framing.frame(framing.node_map(nt), top_type, top_frame, compactor)
    assert frame_article(nt, context()) == frame_article(nt, context(), JsonLdProcessor())


@pytest.mark.parametrize("extra", [
    {"@language": "zh-Hans"},  # a default language
    {"id": "@id"}, {"type": "@type"}, {"none": "@none"},  # keyword aliases
    {"@type": {"@container": "@set"}},  # a keyword's own definition
    {"mainEntity": {"@id": "schema:mainEntity", "@container": "@list"}},  # a frame key with a container
    {"mainEntity": {"@id": "schema:mainEntity", "@type": "@json"}},
])
def test_a_context_with_steps_kg_framing_does_not_take_goes_to_pyld(extra) -> None:
    ctx = dict(context(), **extra)
    nt = _nt(*GRAPHS["types and language maps"], *GRAPHS["embedding once, evidence and reverse links"])
    with pytest.raises(framing.Unsupported):
        kg_jsonld._fast_framing(json.dumps(ctx, sort_keys=True))
    assert frame_article(nt, ctx) == frame_article(nt, ctx, JsonLdProcessor())


def test_a_language_map_declared_as_a_list_is_recased_on_both_paths() -> None:
    ctx = dict(context(), headline={"@id": "schema:headline", "@container": ["@language", "@set"]})
    nt = _nt(*GRAPHS["types and language maps"])
    quick = frame_article(nt, ctx)
    assert quick == kg_jsonld._recase_tags(frame_article(nt, ctx, JsonLdProcessor()), kg_jsonld._language_maps(ctx))
    assert "en-US" in quick["mainEntity"]["headline"]


def test_orjson_writes_json_dumps_bytes(built) -> None:
    """An article's JSON-LD part is written by orjson; its bytes are the standard library's."""
    odd = {"s": "".join(map(chr, range(0x30))) + "\u2028\u2029\x7f\u0085中\\\"</script>\U0001F600",
           "empty": [], "none": {}, "n": [1, True, None]}
    objects = [odd] + [frame_article(b"".join(b.lines), context()) for b in built]
    for obj in objects:
        assert orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode("utf-8") == json.dumps(
            obj, ensure_ascii=False, indent=2)


def _random_graph(rng) -> list[tuple[str, str, str]]:
    """A graph over kg's vocabulary with what the writer could meet: nodes under every prefix and
    outside them, cycles, shared nodes, evidence pointing back at the article, literals of every
    kind kg writes and some it does not."""
    nodes = [A, PERSON, A + "#char=0,9", A + "#char=3,5", "https://kg.example.org/place/x",
             "https://kg.example.org/ns#Thing", S + "Thing", "https://www.wikidata.org/entity/Q2",
             "https://kg.example.org/event/e-1", S + "url", S + "name", KG + "ArticleGraph"]
    props = [S + p for p in ("mentions", "about", "author", "name", "headline", "url", "sameAs",
                             "datePublished", "wordCount", "location", "attendee", "alternateName")]
    props += [NIF + "sourceUrl", NIF + "referenceContext", NIF + "beginIndex", ITS + "taIdentRef",
              KG + "sourcePath"]
    literals = ['"北京"@zh-Hans', '"北京"@zh-hans', '"Beijing"@en', '"x"', f'"3"^^<{XSD}integer>',
                f'"2024-01-02T03:04:05Z"^^<{XSD}dateTime>', f'"2024"^^<{XSD}gYear>',
                f'"7"^^<{XSD}nonNegativeInteger>', '"y"^^<https://example.org/dt>', '"https://a.example/"']
    types = [S + "Person", S + "Place", S + "NewsArticle", NIF + "Phrase", KG + "ArticleGraph", S + "Event"]
    out = _record()
    for _ in range(rng.randint(5, 40)):
        s = rng.choice(nodes)
        roll = rng.random()
        if roll < 0.15:
            t = rng.choice(types)
            if t != KG + "ArticleGraph":
                out.append((_i(s), _i(RDF_TYPE), _i(t)))
        elif roll < 0.6:
            out.append((_i(s), _i(rng.choice(props)), _i(rng.choice(nodes))))
        else:  # PyLD fails on a literal under a property the frame follows backwards; kg writes none
            prop = rng.choice([p for p in props if p not in (NIF + "sourceUrl", NIF + "referenceContext")])
            out.append((_i(s), _i(prop), rng.choice(literals)))
    return out


def test_random_graphs_frame_as_pyld_frames_them() -> None:
    """300 random graphs: kg.framing gives PyLD's bytes on each (or hands it to PyLD)."""
    import random

    rng = random.Random(20261203)
    compactor, top_type, top_frame = kg_jsonld._fast_framing(json.dumps(context(), sort_keys=True))
    fast = 0
    for _ in range(300):
        nt = _nt(*set(_random_graph(rng)))
        plain = json.dumps(frame_article(nt, context(), JsonLdProcessor()), ensure_ascii=False, indent=2)
        assert json.dumps(frame_article(nt, context()), ensure_ascii=False, indent=2) == plain, nt.decode()
        try:
            framing.frame(framing.node_map(nt), top_type, top_frame, compactor)
            fast += 1
        except framing.Unsupported:
            pass
    assert fast == 300  # none of them needed PyLD


def test_a_node_whose_iri_is_a_term_s_own_keeps_pyld_s_term() -> None:
    """With two terms for one property, one taking IRIs and one vocabulary IRIs, pyld's choice
    for a node depends on whether the node's IRI is itself a term's: kg.framing follows it (the
    remembered choice is keyed on that IRI)."""
    ctx = dict(context(), seeAlso={"@id": "schema:sameAs", "@type": "@vocab"})
    nt = _nt(*_record(), (_i(A), _i(S + "sameAs"), _i(S + "url")), (_i(A), _i(S + "sameAs"), _i(S + "Thing")),
             (_i(A), _i(S + "sameAs"), _i("https://www.wikidata.org/entity/Q1")))
    compactor, top_type, top_frame = kg_jsonld._fast_framing(json.dumps(ctx, sort_keys=True))
    quick = framing.frame(framing.node_map(nt), top_type, top_frame, compactor)
    plain = frame_article(nt, ctx, JsonLdProcessor())
    assert quick == plain
    assert {"seeAlso", "sameAs"} <= set(quick["mainEntity"])  # both terms are used
