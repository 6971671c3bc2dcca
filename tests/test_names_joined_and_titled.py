"""Names read off bench/blind11's misses once it was read (session 28): two company names joined by 和,
a title that begins inside a transliterated name, words of the dictionary taken for a Japanese name
after a Japanese title, a title rjieba glues to a university (大学教授), a company named in Latin after
a place, a cabinet, a name right after what describes a body, bodies listed after one, a people the
tagger reads as a place, a title rjieba cuts in two, and a board. Each rule has its guards beside it."""

from __future__ import annotations

import pytest

import kg
from tests.conftest import check_mentions


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # the tagger's one span holds two companies; the second ends as a company's name does (太阳能)
    ("报告称，隆基乐叶和晶澳太阳能等一些中国公司与在新疆运营的供应商有着明确的联系。",
     {("隆基乐叶", "Organization"), ("晶澳太阳能", "Organization")}, {("隆基乐叶和晶澳太阳能", "Organization")}),
    # guards: a common noun before 和 or 及 shares the head after it (the Bureau of Industry and Security,
    # the Tuen Mun Children and Juvenile Home)
    ("美国商务部工业和安全局（BIS）发布华为禁令的修订版。", {("美国商务部工业和安全局", "Organization")},
     {("安全局", "Organization")}),
    ("屯门儿童及青少年院女童部的职员被捕。", {("屯门儿童及青少年院女童部", "Organization")},
     {("青少年院女童部", "Organization")}),
])
def test_two_companies_joined_by_he(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # 法官 follows the name; the tagger's span took its first character
    ("在命令中，布鲁斯·莱因哈特法官表示，他倾向于公布部分内容。", {("布鲁斯·莱因哈特", "Person")},
     {("布鲁斯·莱因哈特法", "Person")}),
    # guards: a name with no title after it, and one whose title the tokenizer already kept apart
    ("布鲁斯·莱因哈特表示，他倾向于公布部分内容。", {("布鲁斯·莱因哈特", "Person")}, set()),
    ("美国总统拜登表示反对。", {("拜登", "Person")}, set()),
])
def test_a_title_begun_inside_a_name_is_no_part_of_it(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # 人选|问题: two nouns of the dictionary after 日本首相, and neither a Japanese surname
    ("公众在这个日本首相人选问题上没有任何发言权。", {("日本", "Place")}, {("人选问题", "Person")}),
    # guards: Japanese names after a Japanese title, one of them two nouns to rjieba (高市|早苗)
    ("日本首相高市早苗表示。", {("高市早苗", "Person")}, set()),
    ("日本上智大学教授中野晃一不这么认为，日本外相上川阳子也是。", {("上川阳子", "Person")}, set()),
])
def test_dictionary_words_after_a_japanese_title_are_no_name(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_a_title_glued_to_a_university_still_names_who_follows() -> None:
    """大学教授 is one word to rjieba: the university and the title are read apart, so the Japanese
    name after the title is read as one (not 中野, a Tokyo ward)."""
    check_mentions("日本上智大学教授中野晃一不这么认为。", {("中野晃一", "Person")}, {("中野", "Place")})
    # guard: a university and its president, kept apart by rjieba already
    check_mentions("清华大学校长邱勇表示。", {("清华大学", "Organization"), ("邱勇", "Person")}, set())


def test_a_company_named_in_latin_after_a_place_drops_gongsi() -> None:
    """美国|UC Asset公司: the company is UC Asset, with 公司 in an alias, as Freightos公司 alone was."""
    (company,) = [m.entity for m in kg.mentions("美国UC Asset公司创始人吴向宏在微博上表示。")
                  if m.text == "UC Asset公司"]
    assert company.name == "UC Asset" and "UC Asset公司" in company.aliases


def test_a_cabinet_is_its_government() -> None:
    """日本内阁 is Japan, as 日本政府 is (the gold's rule for a government named by its country); 内阁
    alone names no body."""
    check_mentions("日本内阁周二批准了预算。", {("日本", "Place")}, {("日本内阁", "Organization")})
    assert not kg.mentions("内阁周二批准了预算。")
    # guard: a ministry named by its country stays a body
    check_mentions("日本外务省周二发表声明。", {("日本外务省", "Organization")}, set())


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # what describes a body (咨询公司, 韩国公司) and then a name: the body's name, whatever the tagger read
    # it as, however long (no other list holds it)
    ("能源研究和咨询公司伍德麦肯兹表示，短期内美国的制造能力可以满足不到三分之一的全国需求。",
     {("伍德麦肯兹", "Organization")}, {("伍德麦肯兹", "Person")}),
    ("新报告还对韩国公司韩华Qcells的供应链提出了质疑。", {("韩华Qcells", "Organization")}, set()),
    # guards: a person after a title after 公司; a person after 该公司 (the company named before: its
    # people follow); a company the gazetteer knows after its description
    ("该公司创始人吴向宏表示。", {("吴向宏", "Person")}, set()),
    ("该公司伍德麦肯兹表示。", {("伍德麦肯兹", "Person")}, {("伍德麦肯兹", "Organization")}),
    ("美国电动车公司特斯拉周二宣布。", {("特斯拉", "Organization")}, set()),
])
def test_a_name_after_the_description_of_a_body_is_the_body(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # after a company the layers found, the names listed with it that end as a body's name does
    ("宁德时代、隆基绿能与通威股份的股价周一集体下挫。",
     {("宁德时代", "Organization"), ("隆基绿能", "Organization"), ("通威股份", "Organization")}, set()),
    # guards: a common noun opens a kind of body, or a short form of one named before (记者协会); and
    # words that end as no body's name does
    ("白宫新闻办公室和记者协会正在进行定期讨论。", set(), {("记者协会", "Organization")}),
    ("苹果、香蕉和橘子都涨价了。", set(), {("香蕉", "Organization"), ("橘子", "Organization")}),
])
def test_bodies_listed_after_a_body(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a people the tagger read as a place (维吾尔), alone or after the place it lives in
    ("关于维吾尔少数民族待遇的报告。", set(), {("维吾尔", "Place")}),
    ("以及对新疆维吾尔穆斯林少数民族采取的措施。", {("新疆", "Place")}, {("新疆维吾尔穆斯林", "Place")}),
    # guard: the region's own name holds the people's
    ("新疆维吾尔自治区政府表示。", {("新疆维吾尔自治区", "Place")}, set()),
])
def test_a_people_is_no_place(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # 首席执行官 is 首席|执行官 to rjieba, and 执行官 is no title alone: one title, and the name after it
    ("三星电子会长李在镕周一在首尔与高通公司首席执行官安蒙会面。", {("安蒙", "Person"), ("李在镕", "Person")}, set()),
    # a three-character Chinese name whose first two characters rjieba reads as a preposition (李在|镕)
    # is still a name; guard: a time word still opens none (周五|袭)
    ("周五袭击了该市。", set(), {("周五袭", "Person")}),
])
def test_a_split_title_and_a_surname_read_as_a_word(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a body's board after its name: the body (阿里巴巴集团 is Alibaba), not a body of its own
    ("阿里巴巴集团董事会主席蔡崇信接受彭博社采访时表示。", {("阿里巴巴集团", "Organization"), ("蔡崇信", "Person")},
     {("阿里巴巴集团董事会", "Organization")}),
    ("特斯拉董事会周二开会。", {("特斯拉", "Organization")}, {("特斯拉董事会", "Organization")}),
    # guard: a board of no named body names nothing
    ("该公司董事会周二开会。", set(), {("董事会", "Organization")}),
])
def test_a_board_is_its_body(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)
