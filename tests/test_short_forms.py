"""Other names an article gives a name itself (session 26): the short form it declares in a bracket
right after an organization (（下称FCC）, （以下简称中经院）, （IAEA）), a company's stem (松林带 of
松林带网络公司), and a surname alone where the article names two people of that surname. Each rule has
its guard beside it."""

from __future__ import annotations

import pytest

from kg.pipeline import extractor_for


def _keys(text: str) -> dict[str, set[str]]:
    """Each mention's surface → the keys of the entities it names, in one article."""
    ex = extractor_for(()).extract([("p1", text)])
    out: dict[str, set[str]] = {}
    for m in ex.mentions:
        out.setdefault(m.text, set()).add(m.key)
    return out


@pytest.mark.parametrize(("text", "full", "short", "times"), [
    ("联邦通信委员会（下称FCC）将从资金中拨款。2019年，FCC禁止接受补贴的公司购买设备。", "联邦通信委员会", "FCC", 2),
    ("中华经济研究院（以下简称中经院）发表报告。中经院认为，出口会下降。", "中华经济研究院", "中经院", 2),
    ("国际原子能机构（IAEA）派员视察。IAEA说，排放符合标准。", "国际原子能机构", "IAEA", 2),
    ("南通京唐劳务有限公司（以下简称「京唐」）招募工人。京唐否认指控。", "南通京唐劳务有限公司", "京唐", 1),
])
def test_a_declared_short_form_is_the_organization(text: str, full: str, short: str, times: int) -> None:
    found = _keys(text)
    assert short in found, found
    assert found[short] == found[full], found
    ex = extractor_for(()).extract([("p1", text)])
    assert sum(m.text == short for m in ex.mentions) >= times


@pytest.mark.parametrize("text", [
    "中国的国内生产总值（GDP）增长了。GDP的增长放缓。",  # a term, no organization before the bracket
    "该药物名为信迪利单抗(sintilimab)，由信达生物研发。",  # a lower-case gloss
])
def test_a_bracket_after_no_organization_declares_nothing(text: str) -> None:
    found = _keys(text)
    assert not {"GDP", "sintilimab"} & set(found), found


def test_a_latin_short_form_is_not_found_inside_a_longer_word() -> None:
    found = _keys("联邦通信委员会（FCC）表示支持。FCCS是另一个缩写。")
    ex = extractor_for(()).extract([("p1", "联邦通信委员会（FCC）表示支持。FCCS是另一个缩写。")])
    assert [m.start for m in ex.mentions if m.text == "FCC"] == [8], found


def test_a_surname_alone_is_the_one_of_two_the_article_names_more() -> None:
    text = ("家族企业松林带网络的总裁约翰·内特尔斯站在塔底说，工期会推迟。该公司由乡村医生詹姆斯·内特尔斯创立。"
            "约翰·内特尔斯说，补偿不够。约翰·内特尔斯还说，他会继续申请。内特尔斯驱车来到基站。")
    found = _keys(text)
    assert found["内特尔斯"] == found["约翰·内特尔斯"] != found["詹姆斯·内特尔斯"], found


def test_a_surname_alone_is_the_first_named_of_two_named_as_often() -> None:
    """On a tie, the article's subject: the one it names first (詹姆斯·内特尔斯 founded the company
    his son 约翰·内特尔斯 runs; the story is the son's)."""
    text = ("总裁约翰·内特尔斯站在塔底说，工期会推迟。该公司由乡村医生詹姆斯·内特尔斯创立。"
            "詹姆斯·内特尔斯的儿子约翰·内特尔斯开始做电话生意。内特尔斯驱车来到基站。")
    found = _keys(text)
    assert found["内特尔斯"] == found["约翰·内特尔斯"] != found["詹姆斯·内特尔斯"], found
    text = ("乡村医生詹姆斯·内特尔斯创立了该公司。他的儿子约翰·内特尔斯后来接手。"
            "詹姆斯·内特尔斯去世后，约翰·内特尔斯扩展了业务。内特尔斯说，生意不好做。")
    found = _keys(text)
    assert found["内特尔斯"] == found["詹姆斯·内特尔斯"] != found["约翰·内特尔斯"], found


def test_a_company_s_stem_and_its_shorter_names_are_the_company() -> None:
    text = "家族企业松林带网络公司的总裁约翰说。松林带公司要求补偿。2021年，松林带为更换设备申请补偿款。"
    found = _keys(text)
    assert found["松林带公司"] == found["松林带"] == found["松林带网络公司"], found
    assert "松林" not in found, found  # the tagger's person inside the company's name gives way


def test_two_stems_of_two_characters_stay_two_companies() -> None:
    """东方公司 and 东方航空公司 may be two companies: a stem of two characters joins nothing."""
    found = _keys("东方公司的代表和东方航空公司的代表都出席了会议。")
    assert found["东方公司"] != found["东方航空公司"], found


@pytest.mark.parametrize(("text", "one"), [
    # a short form of the given name (Greg, Gregory), the surname the same
    ("硅谷银行首席执行官格雷戈里·贝克尔说。格雷格·贝克尔接任时，银行很小。", ("格雷戈里·贝克尔", "格雷格·贝克尔")),
    # a character dropped from the surname, the given name the same
    ("总裁约翰·内特尔斯说。约翰·内特斯接受了补贴。约翰·内特尔斯又说。", ("约翰·内特尔斯", "约翰·内特斯")),
])
def test_two_renderings_of_one_name_are_one_person(text: str, one: tuple[str, str]) -> None:
    found = _keys(text)
    assert found[one[0]] == found[one[1]], found


@pytest.mark.parametrize(("text", "two"), [
    ("约翰·史密斯和约瑟夫·史密斯都来了。", ("约翰·史密斯", "约瑟夫·史密斯")),  # one character shared
    ("亚历山大·伊万诺夫和亚历山德拉·伊万诺娃都来了。", ("亚历山大·伊万诺夫", "亚历山德拉·伊万诺娃")),  # 夫, 娃
    ("G·哈安维·雷迪和G·索纳利·雷迪是姐妹。", ("G·哈安维·雷迪", "G·索纳利·雷迪")),  # an initial, then two names
])
def test_two_people_of_one_surname_stay_two(text: str, two: tuple[str, str]) -> None:
    found = _keys(text)
    assert found[two[0]] != found[two[1]], found
