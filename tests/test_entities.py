"""Entity extraction, layer by layer, with real sentences from the samples; then the whole article."""

from __future__ import annotations

import json
import re

import pytest

from kg.entities import gazetteer
from kg.entities.extract import Extractor
from kg.entities.fold import fold
from kg.errors import GazetteerError
from kg.model import EntityKind, FactKind
from kg.pipeline import extractor_for

PERSON, PLACE, ORG = EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


def found(x: Extractor, text: str) -> dict[str, tuple[EntityKind, str]]:
    """Surface text -> (kind, canonical name) of each mention."""
    ex = x.extract([("p1", text)])
    by_key = {e.key: e for e in ex.entities}
    return {m.text: (by_key[m.key].kind, by_key[m.key].name) for m in ex.mentions}


# --- folding -------------------------------------------------------------------------------------

def test_folding_keeps_offsets() -> None:
    for text in ("習近平與普京通電話", "ＮＡＴＯ　２０２２", "尼古拉・帕特魯舍夫", "𠮷野家"):
        assert len(fold(text)) == len(text)
    assert fold("習近平") == "习近平" and fold("ＮＡＴＯ") == "NATO" and fold("尼古拉・帕特") == "尼古拉·帕特"


# --- the gazetteer -------------------------------------------------------------------------------

def test_bundled_gazetteer_resolves_ambiguous_names(x: Extractor) -> None:
    g = x.gaz
    dc = g.entities[g.surfaces["华盛顿"]]
    assert (dc.geonames, dc.type) == ("4140963", "City")  # the capital, not a small Washington
    assert g.entities[g.surfaces["云南"]].name == "云南省"  # Yunnan, not Unnan in Japan
    blag = g.entities[g.surfaces["布拉戈维申斯克"]]  # two cities of that name: no link
    assert (blag.geonames, blag.wikidata, blag.type) == ("", "", "City")
    assert g.entities[blag.within].name == "俄罗斯"
    for word in ("西方", "国立", "和平", "乔治"):  # words and names, not places
        assert word not in g.surfaces, word
    china = g.entities[g.surfaces["中国"]]
    assert (china.wikidata, china.geonames, china.type) == ("Q148", "1814991", "Country")
    # GeoNames lists state names on some towns: 马萨诸塞州 on Framingham, 马里兰州 on Randallstown.
    massachusetts = g.entities[g.surfaces["马萨诸塞州"]]
    assert (massachusetts.type, massachusetts.name_en) == ("AdministrativeArea", "Massachusetts")
    assert g.surfaces.get("马里兰州") != "geonames:4366476" and g.surfaces.get("马里兰") != "geonames:4366476"
    assert g.entities[g.surfaces["埃尔比勒"]].name_en == "Erbil"  # a town known by its province's name keeps it


def test_every_bundled_link_has_a_named_source() -> None:
    from importlib.resources import files

    rows = files("kg.data").joinpath("places.tsv").read_text("utf-8").splitlines()
    header = rows[1].split("\t")
    for line in rows[2:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        assert row["source"], line
        if row["wikidata"]:
            assert "country-wikidata.tsv" in row["source"], line
        if row["geonames"]:
            assert "GeoNames" in row["source"], line
    for name in ("organizations.tsv", "regions.tsv", "people.tsv"):  # names only, by design
        text = files("kg.data").joinpath(name).read_text("utf-8")
        header = next(line for line in text.splitlines() if line and not line.startswith("#")).split("\t")
        assert not {"wikidata", "geonames", "lat", "lon"} & set(header), name
        assert not re.search(r"\bQ[0-9]+\b", text), name


def test_each_hand_kept_table_names_an_entity_once() -> None:
    """A second row of one name replaces the first, whose other names then leave its node's output:
    organizations.tsv named seven bodies twice or three times until session 29, merged since."""
    from collections import Counter
    from importlib.resources import files

    for name in ("organizations.tsv", "regions.tsv", "people.tsv"):
        rows = [line.split("\t") for line in files("kg.data").joinpath(name).read_text("utf-8").splitlines()
                if line and not line.startswith("#")][1:]
        twice = [n for n, k in Counter((r[0], r[2]) for r in rows).items() if k > 1]
        assert not twice, (name, twice)


def test_bundled_places_regenerate_from_library_data(tmp_path) -> None:
    """places.tsv and namesakes.tsv are what tools/build_gazetteer.py makes from the pinned
    libraries, byte for byte."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    out, shared = tmp_path / "places.tsv", tmp_path / "namesakes.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--output", str(out),
                    "--namesakes", str(shared)], check=True, capture_output=True)
    assert out.read_bytes() == (ROOT / "kg" / "data" / "places.tsv").read_bytes()
    assert shared.read_bytes() == (ROOT / "kg" / "data" / "namesakes.tsv").read_bytes()


@pytest.mark.parametrize(("text", "reason"), [
    ("kind\tname_zh\nAnimal\t熊猫\n", "line 2: kind 'Animal'"),
    ("kind\tname_zh\twikidata\nPerson\t张三\t148\n", "line 2: wikidata '148'"),
    ("kind\tname_zh\tlat\tlon\nPlace\t某地\t91\t10\n", "line 2: 91 is out of range"),
    ("kind\tname_zh\tlat\nPlace\t某地\t1\n", "line 2: give both lat and lon"),
    ("# notes\nkind\tname_zh\nPerson\t张三\nPerson\t\n", "line 4: name_zh is empty"),
    ("kind\tname_zh\nPerson\t张三\textra\n", "line 2: 3 columns"),
    ("kind\tname\nPerson\t张三\n", "line 1: the header must name"),
    ("kind\tname_zh\taliasses\nPerson\t张三\t\n", "line 1: unknown column"),
    ("kind\tname_zh\tgeonames\nPerson\t张三\t123\n", "line 2: only places"),
    ("kind\ttype\tname_zh\nPlace\tCountry\t某国\nPerson\tCity\t张三\n", "line 3: type 'City'"),
])
def test_bad_user_gazetteer_names_file_and_line(tmp_path, text: str, reason: str) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(text, "utf-8")
    with pytest.raises(GazetteerError) as e:
        gazetteer.load([path])
    assert str(path) in str(e.value) and reason in str(e.value)


def test_user_gazetteer_adds_and_overrides(tmp_path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("kind\ttype\tname_zh\tname_en\taliases\twikidata\n"
                    "Person\tPerson\t张小明\tZhang Xiaoming\t小明\tQ99999999\n"
                    "Organization\tNGO\t中欧\tChina-Europe Club\t\t\n", "utf-8")
    x = Extractor(gazetteer.load([path]))
    ex = x.extract([("p1", "张小明说，小明将出席中欧会议。")])
    by_key = {e.key: e for e in ex.entities}
    assert {(m.text, m.key) for m in ex.mentions} >= {("张小明", "wikidata:Q99999999"),
                                                       ("小明", "wikidata:Q99999999")}
    assert by_key["wikidata:Q99999999"].name_en == "Zhang Xiaoming"
    assert any(by_key[m.key].kind is ORG for m in ex.mentions if m.text == "中欧")  # the user's wins


# --- patterns and the tagger, on sentences from the samples ---------------------------------------

def test_title_and_name_give_job_and_country(x: Extractor) -> None:
    ex = x.extract([("caption", "2月，乌克兰战争前夕，俄罗斯总统普京和中国国家主席习近平在北京会晤。")])
    by_name = {e.name: e for e in ex.entities}
    putin, xi = by_name["弗拉基米尔·普京"], by_name["习近平"]
    facts = {(f.subject, f.kind, f.value) for f in ex.facts}
    assert (putin.key, FactKind.JOB_TITLE, "总统") in facts
    assert (putin.key, FactKind.NATIONALITY, by_name["俄罗斯"].key) in facts
    assert (xi.key, FactKind.JOB_TITLE, "国家主席") in facts
    assert (xi.key, FactKind.NATIONALITY, by_name["中国"].key) in facts


def test_transliterated_name_and_its_short_form_are_one_person(x: Extractor) -> None:
    ex = x.extract([
        ("p2", "俄罗斯联邦安全会议秘书尼古拉·帕特鲁舍夫和中国最高外交官杨洁篪在中国东南部的福建省举行了会议。"),
        ("p8", "帕特鲁舍夫在福建发表讲话时称，“俄中在安全领域的互动有着深厚的历史渊源。”"),
    ])
    keys = {m.text: m.key for m in ex.mentions}
    assert keys["帕特鲁舍夫"] == keys["尼古拉·帕特鲁舍夫"]
    assert keys["福建"] == keys["福建省"]  # 省 suffix: one place
    names = {e.name: e for e in ex.entities}
    council = names["俄罗斯联邦安全会议"]
    assert council.kind is ORG and council.type == "GovernmentOrganization"
    facts = {(f.subject, f.kind, f.value) for f in ex.facts}
    assert (keys["尼古拉·帕特鲁舍夫"], FactKind.AFFILIATION, council.key) in facts
    assert (council.key, FactKind.LOCATION, names["俄罗斯"].key) in facts
    assert (keys["杨洁篪"], FactKind.JOB_TITLE, "最高外交官") in facts


def test_country_and_ministry_in_a_title(x: Extractor) -> None:
    ex = x.extract([("p13", "俄罗斯外交部长拉夫罗夫表示，俄中官员将于本周在纽约举行的联合国大会上进行密切协调。")])
    names = {e.name: e for e in ex.entities}
    assert {"俄罗斯外交部", "谢尔盖·拉夫罗夫", "纽约", "联合国大会"} <= set(names)
    facts = {(f.subject, f.kind, f.value) for f in ex.facts}
    assert (names["谢尔盖·拉夫罗夫"].key, FactKind.AFFILIATION, names["俄罗斯外交部"].key) in facts
    assert (names["谢尔盖·拉夫罗夫"].key, FactKind.JOB_TITLE, "外交部长") in facts


def test_description_before_a_name_is_not_an_organization(x: Extractor) -> None:
    got = found(x, "据俄罗斯通讯社国际文传电讯社报道，帕特鲁舍夫表示：“两国必须相互支持。”")
    assert got["国际文传电讯社"][0] is ORG
    assert not any(name == "俄罗斯通讯社" for _, name in got.values())


def test_tagger_noise_is_filtered(x: Extractor) -> None:
    got = found(x, "几十年来，中国领导人一直在向俄罗斯领导人示好，而习近平更是加倍努力。"
                   "中国政府坚称它正试图成为乌克兰和平的公正调解人。元首引领是两国关系行稳致远、永葆活力的根本保障。")
    persons = {name for kind, name in got.values() if kind is PERSON}
    assert persons == {"习近平"}
    assert got["中国"] == (PLACE, "中国")  # 中国政府 stands for China: no organization
    assert not any(kind is ORG for kind, _ in got.values())


def test_place_suffix_and_containment(x: Extractor) -> None:
    ex = x.extract([("p8", "上周，中俄开通了一座连接中国东北边境城市黑河和俄罗斯布拉戈维申斯克市的公路桥。")])
    names = {e.name: e for e in ex.entities}
    heihe, blag = names["黑河"], names["布拉戈维申斯克"]
    assert heihe.geonames == "2036973" and heihe.within == names["中国"].key
    assert blag.type == "City" and blag.within == names["俄罗斯"].key
    assert {m.text for m in ex.mentions} >= {"黑河", "布拉戈维申斯克市", "中国", "俄罗斯"}


def test_china_eu_is_not_central_europe(x: Extractor) -> None:
    assert "中欧" not in found(x, "中欧关系近来紧张。")
    assert found(x, "北约在中欧和东欧的扩张")["中欧"] == (PLACE, "中欧")


def test_initials_and_glued_verbs_in_names(x: Extractor) -> None:
    got = found(x, "民主党总统候选人小约瑟夫·R·拜登在声明中说。外交部发言人毛宁称，双方同意。")
    assert got["约瑟夫·R·拜登"] == (PERSON, "约瑟夫·拜登")
    assert got["毛宁"] == (PERSON, "毛宁")


# --- whole articles -----------------------------------------------------------------------------

def test_mentions_carry_sentence_offsets(x: Extractor) -> None:
    text = "周三，中国国家主席习近平在电话中提出与俄罗斯总统普京深化合作。这表明普京入侵乌克兰。"
    ex = x.extract([("p1", text)])
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text
        assert m.sentence_start <= m.start < m.end <= m.sentence_end
        assert text[m.sentence_start:m.sentence_end].endswith("。")
    putins = [m for m in ex.mentions if m.text == "普京"]
    assert len(putins) == 2 and putins[0].sentence_start == 0 and putins[1].sentence_start > 0


@pytest.mark.parametrize("text", [
    "",
    "今天天气很好，我们去公园散步吧。",  # no entity at all
    "mixed 文本 with English, 数字 12345 and émoji 🙂 in it",
    "習近平與普京通電話，討論烏克蘭局勢。",  # traditional characters
    "俄罗斯总统普京（Vladimir Putin）表示：“中国、美国……”！？",  # full-width punctuation
    "习近平\u3000会见\u00a0普京\t\t于\u2009莫斯科\r\n",  # odd whitespace
    "\u200b\ufeff\x00\x07控制字符",
    "·····", "·普京·", "a·b·c", "总统", "总统。", "省市县",
])
def test_odd_text_does_not_crash(x: Extractor, text: str) -> None:
    ex = x.extract([("line", text)])
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text


def test_traditional_text_meets_simplified_entities(x: Extractor) -> None:
    trad = {m.text: m.key for m in x.extract([("p1", "習近平與普京通電話，討論烏克蘭局勢。")]).mentions}
    simp = {m.text: m.key for m in x.extract([("p1", "习近平与普京通电话，讨论乌克兰局势。")]).mentions}
    assert trad["習近平"] == simp["习近平"] and trad["烏克蘭"] == simp["乌克兰"]


def test_a_megabyte_paragraph(x: Extractor) -> None:
    sentence = "俄罗斯总统普京在莫斯科会见了中国国家主席习近平，双方讨论了乌克兰局势。"
    text = sentence * (1_000_000 // len(sentence.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) > 1_000_000
    ex = x.extract([("p1", text)])
    assert len({m.key for m in ex.mentions}) == 6  # 俄罗斯 普京 莫斯科 中国 习近平 乌克兰
    assert len(ex.mentions) >= 6 * (len(text) // len(sentence))


# --- found in review: words that are not places, titles glued to countries, bylines ---------------

def test_ordinary_words_are_not_places(x: Extractor) -> None:
    for word in ("关口", "十字路口", "中心点", "自由", "日本语", "商贸城", "朝天"):
        assert word not in x.gaz.surfaces, word
    g = x.gaz
    assert g.entities[g.surfaces["吉林"]].type == "AdministrativeArea"  # the province, at home
    assert g.entities[g.surfaces["纽约"]].geonames == "5128581"  # the city, not the state
    assert g.entities[g.surfaces["东京"]].type == "City"  # a capital wins
    assert not found(x, "在这个关键关口，他站在十字路口，会说日本语和韩国语。")


def test_a_country_glued_to_a_title(x: Extractor) -> None:
    ex = x.extract([("p1", "德国总理朔尔茨访华。")])
    names = {e.name: e for e in ex.entities}
    assert "德国" in {m.text for m in ex.mentions}
    facts = {(f.subject, f.kind, f.value) for f in ex.facts}
    assert (names["奥拉夫·朔尔茨"].key, FactKind.NATIONALITY, names["德国"].key) in facts
    assert (names["奥拉夫·朔尔茨"].key, FactKind.JOB_TITLE, "总理") in facts


def test_a_newsroom_byline_is_not_its_country(x: Extractor) -> None:
    got = found(x, "（德國之聲中文網）根據報導")
    assert got == {"德國之聲中文網": (ORG, "德国之声")}


def test_a_short_form_two_full_names_share_is_the_one_named_first(x: Extractor) -> None:
    """Named as often, the first named is the article's subject (session 26: before, neither)."""
    ex = x.extract([("p1", "乔治·布什和劳拉·布什出席了仪式。布什发表讲话。")])
    keys = {m.text: m.key for m in ex.mentions}
    assert keys["乔治·布什"] != keys["劳拉·布什"]
    assert keys["布什"] == keys["乔治·布什"]


def test_a_given_name_alone_is_the_person_of_that_full_name(x: Extractor) -> None:
    ex = x.extract([("p1", "希尔德指控前夫约翰尼·德普对她施暴。约翰尼否认了这些指控。")])
    keys = {m.text: m.key for m in ex.mentions}
    assert "约翰尼" in keys and keys["约翰尼"] == keys["约翰尼·德普"]
    # a surname wins over another person's given name
    ex = x.extract([("p1", "勒布朗·詹姆斯和詹姆斯·哈登周二一同出战。詹姆斯拿下30分。")])
    keys = {m.text: m.key for m in ex.mentions}
    assert keys["詹姆斯"] == keys["勒布朗·詹姆斯"]
    # two full names with that given name: it is neither's
    ex = x.extract([("p1", "约翰尼·德普和约翰尼·卡什都出席了。约翰尼否认了这些指控。")])
    keys = {m.text: m.key for m in ex.mentions}
    assert "约翰尼" in keys and keys["约翰尼"] not in (keys["约翰尼·德普"], keys["约翰尼·卡什"])
    assert keys["约翰尼·德普"] != keys["约翰尼·卡什"]


def test_user_gazetteer_forms(tmp_path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("\ufeff  # my names\r\nkind\ttype\tname_zh\twithin\r\n"
                    "Place\tCity\t北京\t\r\nPlace\tCity\t小岗村\t安徽\r\n", "utf-8")
    x = Extractor(gazetteer.load([path]))
    keys = {m.text: m.key for m in x.extract([("p1", "北京和北京市，还有小岗村。")]).mentions}
    assert keys["北京"] == keys["北京市"] == "Place:北京"  # the user's 北京 takes its other names along
    assert x.gaz.entities["Place:小岗村"].within == x.gaz.surfaces["安徽"]
    path.write_text("kind\tname_zh\twithin\nPlace\t某村\t火星\n", "utf-8")
    with pytest.raises(GazetteerError, match="line 2: within '火星'"):
        gazetteer.load([path])
    path.write_text("kind\tname_zh\tgeonames\nPlace\t某村\t²³\n", "utf-8")
    with pytest.raises(GazetteerError, match="line 2: geonames"):
        gazetteer.load([path])
    path.write_text("kind\ttype\tname_zh\tpopulation\nPlace\tCity\t某镇\t12,000\n", "utf-8")
    with pytest.raises(GazetteerError, match="line 2: population '12,000'"):
        gazetteer.load([path])
    path.write_text("kind\ttype\tname_zh\tpopulation\nPlace\tCity\t某镇\t12000\n", "utf-8")
    assert gazetteer.load([path]).named("某镇").population == 12000


@pytest.mark.parametrize(("text", "name"), [
    ("世界卫生组织总干事谭德塞在日内瓦警告说。", "谭德塞"),  # the tokenizer gives 谭|德塞
    ("香港特首李家超在立法会回应议员提问。", "李家超"),  # 李家|超在
    ("哈萨克斯坦总统托卡耶夫。", "托卡耶夫"),  # 托|卡耶夫
    ("欧盟委员会主席冯德莱恩在布鲁塞尔宣布。", "冯德莱恩"),  # 冯德|莱恩, 冯 a surname too
    ("英国首相斯塔默在伦敦唐宁街发表讲话。", "斯塔默"),
    ("阿里巴巴集团董事长蔡崇信在杭州发表演讲。", "蔡崇信"),
    ("臺北市長蔣萬安在記者會上說。", "蔣萬安"),
    ("中国外交部部长王毅会见了沙利文。", "王毅"),  # two characters: 会 follows names
])
def test_a_name_after_a_title_is_read_whole(x: Extractor, text: str, name: str) -> None:
    got = found(x, text)
    assert got.get(name, (None,))[0] is PERSON, got


def test_words_after_titles_are_not_names(x: Extractor) -> None:
    got = found(x, "台灣不會屈服於壓力。中国官员和官方媒体指责华盛顿。美国国家安全官员安全保障部门表示。")
    assert not [t for t, (kind, _) in got.items() if kind is PERSON], got


def test_a_given_name_alone_is_the_full_name(x: Extractor) -> None:
    keys = {m.text: m.key for m in x.extract([("p1", "外交部副部长孙卫东召见日本大使。卫东表示抗议。")]).mentions}
    assert keys["卫东"] == keys["孙卫东"]


def test_media_companies_and_brands_are_organizations(x: Extractor) -> None:
    """Named media and companies are organizations, and the person-like start of a name (福克斯 of
    福克斯新闻, 兰博基尼) is not a person."""
    got = found(x, "福克斯新闻和MSNBC报道，大众汽车与上汽集团的合资企业生产电动汽车，兰博基尼也在其中。")
    assert got["福克斯新闻"][0] is EntityKind.ORGANIZATION and got["MSNBC"][0] is EntityKind.ORGANIZATION
    assert got["大众汽车"][0] is EntityKind.ORGANIZATION and got["上汽集团"][0] is EntityKind.ORGANIZATION
    assert got["兰博基尼"][0] is EntityKind.ORGANIZATION
    assert "福克斯" not in got


def test_scores_on_the_hand_made_corpus_gold_do_not_fall() -> None:
    """A floor under the extractor's scores on tests/data/corpus_gold.json, hand-made by a reader who
    did not see the extractor's output. The hand rules were tuned on its misses (0.89 overall then);
    with the trained tagger proposing spans it scores 0.85 (persons 0.89, places 0.88, organizations
    0.78) while the blind sets rise (README). The floor guards against regressions, it proves nothing
    about new text."""
    from click.testing import CliRunner

    from kg.cli import main
    from tests.conftest import ROOT

    data = ROOT / "tests" / "data"
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(data / "corpus_gold.json"), "--json",
                                       *sorted(str(p) for p in (data / "corpus").glob("*.txt"))])
    scores = json.loads(result.output)
    f1 = {kind: row["f1"] for kind, row in scores["types"].items()}
    assert f1["Person"] >= 0.88 and f1["Place"] >= 0.87 and f1["Organization"] >= 0.77, f1


def test_names_the_tokenizer_cuts_are_read_whole(x: Extractor) -> None:
    """Name parts tagged as places (绍伊古, 汀) still join at a dot; a surname cut from its given
    name (周|黎明) joins it; two places at a dot (中国·上海) are no name."""
    got = found(x, "俄罗斯国防部长谢尔盖·绍伊古与作家克里斯汀·鲁佩尼安见面，影评人周黎明说。")
    assert got["谢尔盖·绍伊古"][0] is EntityKind.PERSON and got["克里斯汀·鲁佩尼安"][0] is EntityKind.PERSON
    assert got["周黎明"][0] is EntityKind.PERSON
    assert not {"谢尔盖", "克里斯", "鲁佩尼安", "黎明"} & set(got)
    places = found(x, "中国·上海国际电影节开幕。")
    assert places["中国"][0] is EntityKind.PLACE and places["上海"][0] is EntityKind.PLACE
    assert not any(kind is EntityKind.PERSON for kind, _ in places.values())


def test_a_name_known_in_the_article_outranks_the_taggers_piece_of_it(x: Extractor) -> None:
    ex = x.extract([("p1", "打击乐手埃文·格里克曼回忆，他从24岁起就在那里演出。"),
                    ("p2", "“学生们什么都做，”格里克曼说，由于严苛的巡演。")])
    names = {e.name for e in ex.entities}
    assert "埃文·格里克曼" in names and "克曼" not in names
    assert sum(1 for m in ex.mentions if m.part == "p2") == 1  # 格里克曼 there is the same person


def test_japanese_names_after_a_japanese_title(x: Extractor) -> None:
    """Four-character names (上川阳子) after a title held by Japan or a Japanese body; three stay
    three (林芳正周二: 周 starts the next word)."""
    got = found(x, "日本外相上川陽子9月24日與王毅會晤，日本參議院議員柘植芳文也表示，日本外相林芳正周二表示。")
    assert {"上川陽子", "柘植芳文", "林芳正"} <= {s for s, (kind, _) in got.items() if kind is EntityKind.PERSON}
    assert found(x, "美国总统拜登表示")["拜登"][0] is EntityKind.PERSON


def test_organizations_named_by_a_place_a_word_and_a_generic_head(x: Extractor) -> None:
    got = found(x, "美国芭蕾舞剧团、远东联邦大学、俄罗斯太平洋舰队和日本外務省都发表了声明。")
    for name in ("美国芭蕾舞剧团", "远东联邦大学", "俄罗斯太平洋舰队", "日本外務省"):
        assert got[name][0] is EntityKind.ORGANIZATION, name
    ministers = found(x, "日本首相石破茂批评了这一做法，日本外相林芳正召开记者会。")
    assert {"石破茂", "林芳正"} <= set(ministers)  # the next verb is not part of the name


def test_abbreviated_titles_and_verbs_after_names(x: Extractor) -> None:
    """外长 is no written 外交部: no organization span runs into the name after it; a name stops
    before 当天 or 获得."""
    got = found(x, "普京会见了到访的伊朗外长阿拉格齐。日本首相石破茂当天在东京表示，韩国作家韩江获得诺贝尔文学奖。")
    assert got["伊朗"][0] is EntityKind.PLACE
    assert not any("外长" in surface for surface in got)
    assert got["石破茂"][0] is EntityKind.PERSON and got["韩江"][0] is EntityKind.PERSON
    assert not {"石破茂当", "韩江获"} & set(got)


def test_foreign_cities_known_by_established_chinese_names(x: Extractor) -> None:
    g = x.gaz
    for name, english in (("日内瓦", "Geneva"), ("新德里", "New Delhi"), ("惠灵顿", "Wellington")):
        assert g.entities[g.surfaces[name]].name_en == english, name


def test_china_s_districts_and_prefectures_from_jionlp_s_tree() -> None:
    """places.tsv carries China's prefecture- and county-level divisions the other sources lack
    (tools/build_gazetteer.py, from JioNLP's tree): full names, and a prefecture's short form."""
    g = gazetteer.load()
    haidian = g.named("海淀区")
    assert haidian.type == "AdministrativeArea" and g.entities[haidian.within] == g.named("北京市")
    assert g.named("延边") == g.named("延边朝鲜族自治州")
    assert g.named("和平") is None or g.named("和平").type != "AdministrativeArea"  # a word, not 和平区
    found = {(m.text, m.entity.type) for m in __import__("kg").mentions("吉林省延边朝鲜族自治州和北京市海淀区")}
    assert {("延边朝鲜族自治州", "AdministrativeArea"), ("海淀区", "AdministrativeArea")} <= found
