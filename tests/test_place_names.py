"""Places named with a suffix, and the US states by the names Chinese media write (session 17)."""

from __future__ import annotations

import pytest

import kg
from kg.entities import gazetteer
from tests.conftest import check_mentions, mentioned


def _places(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity.name, m.entity.type) for m in kg.mentions(text) if m.entity.kind.value == "Place"}


@pytest.mark.parametrize(("surface", "name"), [
    ("马里兰州", "马里兰州"),  # pycountry leaves Maryland untranslated
    ("蒙大拿州", "蒙大拿州"),  # and writes Montana 蒙塔纳
    ("乔治亚州", "佐治亚州"),  # the state, not the country 乔治亚 (格鲁吉亚)
    ("纽泽西州", "新泽西州"),
    ("北卡罗莱纳州", "北卡罗来纳州"),
    ("麻萨诸塞州", "马萨诸塞州"),
    ("宾州", "宾夕法尼亚州"),  # regions.tsv: GeoNames gives it to 宾县 as well
])
def test_us_states_by_their_variant_names(surface: str, name: str) -> None:
    e = gazetteer.load().named(surface)
    assert e is not None and (e.name, e.type) == (name, "AdministrativeArea")
    assert e.within == "wikidata:Q30"  # in the United States


def test_dezhou_stays_a_city_in_shandong() -> None:
    e = gazetteer.load().named("德州")  # Texas is 得州 or 得克萨斯州 here: 德州 is Dezhou too
    assert e is not None and e.type == "City"


@pytest.mark.parametrize(("text", "surface", "wanted"), [
    # a name and a suffix that does not fit the place the gazetteer knows by the name: another place
    ("疫情暴发于马萨诸塞州巴恩斯特布尔县的夏季活动。", "巴恩斯特布尔县", ("巴恩斯特布尔县", "AdministrativeArea")),
    # one that fits is that place
    ("俄罗斯布拉戈维申斯克市的居民说。", "布拉戈维申斯克市", ("布拉戈维申斯克", "City")),
    ("他在福建省工作。", "福建省", ("福建省", "AdministrativeArea")),
])
def test_a_suffix_names_a_place_of_its_kind(text: str, surface: str, wanted: tuple[str, str]) -> None:
    assert _places(text).get(surface) == wanted


@pytest.mark.parametrize(("surface", "name"), [
    ("德宏州", "德宏傣族景颇族自治州"),  # an autonomous prefecture by its short form and 州
    ("甘孜州", "甘孜藏族自治州"),
    ("巴州", "巴音郭楞蒙古自治州"),  # a short form that ends in 州 already gets no second one
])
def test_autonomous_prefectures_as_news_names_them(surface: str, name: str) -> None:
    e = gazetteer.load().named(surface)
    assert e is not None and e.name == name
    assert gazetteer.load().named("巴州州") is None


def test_a_preposition_before_a_known_place_is_no_part_of_it() -> None:
    places = _places("导致比广岛原子弹强一千倍的爆炸。")
    assert places.get("广岛") == ("广岛市", "City") and "比广岛" not in places


@pytest.mark.parametrize(("surface", "within"), [("硅谷", "美国"), ("华尔街", "纽约"), ("宾州", "美国")])
def test_bundled_tables_say_where_a_place_lies_by_a_key(surface: str, within: str) -> None:
    # regions.tsv names the place it lies in (美国); the gazetteer keeps that place's key, which
    # schema:containedInPlace needs
    gaz = gazetteer.load()
    e = gaz.named(surface)
    assert e is not None and e.within in gaz.entities and gaz.entities[e.within].name == within


@pytest.mark.parametrize(("text", "place"), [
    ("特别是在3月份美国国务卿布林肯和中国高级官员在阿拉斯加安克雷奇会面时交流。", "安克雷奇"),
    ("他出生于瑞士伯恩。", "伯恩"),
])
def test_a_name_right_after_a_country_or_state_is_a_place(text: str, place: str) -> None:
    found = mentioned(text)
    assert (place, "Place") in found and (place, "Person") not in found


@pytest.mark.parametrize(("text", "person"), [
    ("日本明仁天皇说", "明仁"),  # a title after the name
    ("美国拜登政府宣布", "拜登"),  # a leader before his government, and one the gazetteer knows
    ("韩国总统尹锡悦说", "尹锡悦"),
])
def test_a_person_after_a_country_stays_a_person(text: str, person: str) -> None:
    assert (person, "Person") in mentioned(text)


@pytest.mark.parametrize("text", ["他来自中国大陆。", "中国内地游客增加"])
def test_mainland_china_is_a_place_within_china(text: str) -> None:
    """One mention of mainland China, a region of its own within China (kg/data/regions.tsv; session 29:
    the read gold sets keep it apart from China eleven times in eighteen), not 中国 and an unknown 大陆."""
    places = [(m.text, m.entity) for m in kg.mentions(text) if m.entity.kind.value == "Place"]
    assert len(places) == 1 and places[0][1].name == "中国大陆", places
    china = kg.mentions("中国")[0].entity
    assert places[0][1].within == china.key and places[0][1].key != china.key


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("揭露沙特王储萨勒曼授权杀害卡舒吉。", "沙特", "沙特阿拉伯"),
    ("他出生在波黑，后来移居德国。", "波黑", "波斯尼亚和黑塞哥维那"),
    ("俄国革命爆发。", "俄国", "俄罗斯"),
    ("白俄罗斯还是白罗斯", "白罗斯", "白俄罗斯"),  # Belarus's own rendering (session 23)
])
def test_the_press_short_names_of_countries(text: str, surface: str, country: str) -> None:
    # names no library lists (tools/build_gazetteer.py COUNTRY_EXTRA_NAMES, session 22)
    assert (surface, country) in {(m.text, m.entity.name) for m in kg.mentions(text)}
    # Chartres keeps its longer name: its cathedral (沙特尔大教堂, a facility since session 31), not 沙特
    found = {m.text for m in kg.mentions("沙特尔大教堂")}
    assert "沙特" not in found and any(t.startswith("沙特尔") for t in found), found


def test_a_state_named_with_bang_is_the_place_its_short_name_names() -> None:
    # 克钦邦 makes 克钦 the state, not the person the tagger reads (senses._STEM_SUFFIXES)
    text = "克钦邦是缅甸北部的一个邦。克钦独立军控制了该地区。"
    found = {(m.text, m.entity.kind.value) for m in kg.mentions(text)}
    assert {("克钦", "Place"), ("克钦邦", "Place")} & found and ("克钦", "Person") not in found


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # historical states are places of their own, not today's country (regions.tsv, session 18)
    ("纳粹德国入侵波兰。", "纳粹德国", ("纳粹德国", "Place")),
    ("奥斯曼帝国解体后，", "奥斯曼帝国", ("奥斯曼帝国", "Place")),  # the tagger reads a person 奥斯曼
    # land and water: 欧亚大陆 is not Europe, 长江 a river (长江存储 stays the company)
    ("他们在欧亚大陆的东部。", "欧亚大陆", ("欧亚大陆", "Place")),
    ("长江存储周二宣布。长江流域发生洪水。", "长江", ("长江", "BodyOfWater")),
    ("朝鲜半岛局势紧张。", "朝鲜半岛", ("朝鲜半岛", "Landform")),
])
def test_historical_states_land_and_water(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert _places(text).get(surface) == expected
    assert "德国" not in _places(text) and "奥斯曼" not in {m.text for m in kg.mentions(text)}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # known places, then a verb phrase, are no place of their own: the known places stand (session 19)
    ("拜登政府帮助乌克兰防御俄罗斯战略的一个关键要素。", {("乌克兰", "Place"), ("俄罗斯", "Place")},
     {("防御俄罗斯", "Place")}),
    # known places, then a name, are that name (the rule the verb case must not break)
    ("北方邦哈特拉斯发生了一起案件。", {("北方邦", "Place"), ("哈特拉斯", "Place")}, set()),
    # a pronoun of the dictionary ("each state") is no place, whatever the tagger says (session 19)
    ("参议院有100名议员，50个州中，每州各有两名。", {("参议院", "Organization")}, {("每州", "Place")}),
])
def test_known_places_then_words(text: str, wanted: set[tuple[str, str]], unwanted: set[tuple[str, str]]) -> None:
    check_mentions(text, wanted, unwanted)


def test_a_direction_and_a_word_for_a_region_is_no_place() -> None:
    """ISO 3166-2 names regions of Ghana, New Zealand, Cameroon or Zambia 东北地区, 北部地区, 西南省 and
    西北; in Chinese news those are directions (session 19). 北领地 (Northern Territory) is a name."""
    gaz = gazetteer.load()
    for surface in ("东北地区", "北部地区", "南部地区", "西南省", "西南", "西北", "东部省", "北区"):
        assert gaz.named(surface) is None, surface
    assert gaz.named("北领地") is not None
    found = mentioned("中国东北地区和西南地区的降雨增多，干旱的北部地区修建了水坝。")
    assert ("中国", "Place") in found
    assert not {name for name, kind in found if kind == "Place"} & {"东北地区", "西南地区", "北部地区"}


@pytest.mark.parametrize(("text", "name"), [
    ("位于中国海盐县的秦山核电站，摄于2010年。", "秦山核电站"),
    ("1986年4月26日，乌克兰的切尔诺贝利核电站四个核反应堆中的一个发生爆炸。", "切尔诺贝利核电站"),
])
def test_a_power_plant_is_a_place(text: str, name: str) -> None:
    """Session 21: the gold sets that name power plants list them as places (bench/blind5, blind7, dev3)."""
    found = mentioned(text)
    assert (name, "Place") in found and (name, "Organization") not in found, found


def test_a_plant_named_once_in_full_is_found_again_where_its_place_opens_it() -> None:
    from kg.pipeline import extractor_for

    text = "国际原子能机构完成了对日本福岛第一核电站的审查。8月24日，东京开始将福岛第一核电站的废水排入大海。"
    x = extractor_for(()).extract([("p", text)])
    plants = [m.text for m in x.mentions if m.text.endswith("核电站")]
    assert plants == ["福岛第一核电站", "福岛第一核电站"], [m.text for m in x.mentions]
    assert "日本" in {e.name for e in x.mentioned()}


def test_a_verb_the_tagger_took_into_a_place_is_left_out() -> None:
    found = mentioned("在钓鱼台领土争议（中国称钓鱼岛、日本称尖阁诸岛）方面，他曾表态。")
    assert ("尖阁诸岛", "Place") in found and ("称尖阁诸岛", "Place") not in found, found


@pytest.mark.parametrize(("name", "full"), [("千叶", None), ("群马", "群马县"), ("埼玉", "埼玉县"), ("兵库", "兵库县"),
                                            ("琦玉县", "埼玉县"), ("枥木县", "栃木县")])
def test_japan_s_prefectures_by_the_names_news_gives_them(name: str, full: str | None) -> None:
    """tools/sources/jp-prefectures-zh.tsv (session 21): the press's forms and the short forms news uses
    alone, which rjieba takes for common words (千叶 is the city of that name, as GeoNames has it)."""
    e = gazetteer.load().named(name)
    assert e is not None and e.kind.value == "Place" and e.within == "wikidata:Q17"
    assert full is None or e.name == full


def test_prefectures_listed_in_a_sentence_are_places() -> None:
    text = "中国禁止日本东京、福岛、千叶、栃木、茨城、群马、宫城、新潟、长野和埼玉10（都）县的水产品进口。"
    found = {t for t, kind in mentioned(text) if kind == "Place"}
    assert {"千叶", "茨城", "群马", "埼玉"} <= found, found


def test_a_verb_that_opens_a_place_s_name_stays() -> None:
    """游泳训练基地 (MSRA dev): only a verb before or after a known place, or one of saying, is cut off."""
    assert ("游泳训练基地", "Place") in mentioned("全国游泳冠军赛今天在保定市河北省游泳训练基地拉开战幕。")


@pytest.mark.parametrize(("surface", "name_en"), [
    # cities whose names the word dictionary reads as words or people's names, which CLDR's names of
    # time-zone cities vouch for (tools/gazetteer_places.cldr_city_names, session 25)
    ("基辅", "Kyiv"), ("开罗", "Cairo"), ("金边", "Phnom Penh"), ("底特律", "Detroit"), ("丹佛", "Denver"),
    ("里加", "Riga"), ("万象", "Vientiane"),
    ("安克雷奇", "Anchorage"),  # CLDR's mainland name now leads, Taiwan's 安克拉治 an alias
])
def test_cities_cldr_names_are_known(surface: str, name_en: str) -> None:
    e = gazetteer.load().named(surface)
    assert e is not None and (e.name, e.name_en, e.type) == (surface, name_en, "City")


def test_a_state_s_time_zone_names_no_namesake_elsewhere() -> None:
    """America/Indiana/Petersburg is a town in Indiana, not Petersburg, Virginia, which GeoNames has."""
    gaz = gazetteer.load()
    assert gaz.named("印第安纳州彼得斯堡") is None and gaz.named("肯塔基州蒙蒂塞洛") is None
    assert "基辅" in mentioned_places("乌克兰首都基辅周二遭到空袭。")


def mentioned_places(text: str) -> set[str]:
    return set(_places(text))


def test_a_place_written_with_its_suffix_keeps_that_name() -> None:
    """积石山县: the place is named by its stem, and the name as written is one more of its names (the
    readers' gold writes it so)."""
    from kg.pipeline import extractor_for

    found = extractor_for(()).extract([("p", "甘肃临夏回族自治州积石山县周一深夜发生地震。")])
    (place,) = [e for e in found.entities if e.name == "积石山"]
    assert "积石山县" in place.aliases


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # "both sides of the strait" names no place (the tagger's MSRA reads it as one; news gold does not)
    ("风靡海峡两岸的台湾歌星张惠妹。", {("台湾", "Place")}, {("风靡海峡两岸", "Place"), ("海峡两岸", "Place")}),
    ("两岸关系紧张。", set(), {("两岸", "Place")}),
    # so many things, then a brand: no place
    ("评估它是否能承受再增加三根诺基亚天线的重量。", set(), {("三根诺基亚", "Place")}),
    # guards: a place whose first word rjieba calls a verb, and one that opens with a numeral
    ("石川县能登半岛发生7.6级强烈地震。", {("能登半岛", "Place")}, set()),
    ("三亚的游客很多。", {("三亚", "Place")}, set()),
])
def test_words_that_name_no_place(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_a_city_jieba_knows_by_its_first_name_is_in_the_gazetteer() -> None:
    """海牙 (The Hague, 474,000 people) and 长滩 (Long Beach) are two-character names GeoNames gives as
    the cities' first ones, which jieba's dictionary tags as places (session 28); a second name of a
    city (花城 on Seremban: Guangzhou's nickname) and an ordinary word (三城) are not taken so."""
    found = {m.text: m.entity for m in kg.mentions("国际仲裁法庭设在荷兰海牙，船抵达长滩。")}
    assert found["海牙"].kind.value == "Place" and found["海牙"].type == "City"
    assert found["长滩"].kind.value == "Place"
    assert not [m for m in kg.mentions("京津冀三城联动。") if m.text == "三城"]
    assert all(m.entity.name != "双溪乌绒" for m in kg.mentions("广州素有花城之称。"))
