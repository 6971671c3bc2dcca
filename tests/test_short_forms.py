"""Other names an article gives a name itself (session 26): the short form it declares in a bracket
right after an organization (（下称FCC）, （以下简称中经院）, （IAEA）), and a surname alone where the
article names two people of that surname, one far more often. Each rule has its guard beside it."""

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


def test_a_surname_alone_is_the_one_of_two_the_article_names_far_more() -> None:
    text = ("家族企业松林带网络的总裁约翰·内特尔斯站在塔底说，工期会推迟。该公司由乡村医生詹姆斯·内特尔斯创立。"
            "约翰·内特尔斯说，补偿不够。约翰·内特尔斯还说，他会继续申请。内特尔斯驱车来到基站。")
    found = _keys(text)
    assert found["内特尔斯"] == found["约翰·内特尔斯"] != found["詹姆斯·内特尔斯"], found


def test_a_surname_alone_is_neither_of_two_named_as_often() -> None:
    text = "乔治·布什和劳拉·布什出席了晚宴。乔治·布什发表讲话，劳拉·布什随后致辞。布什说，他很高兴。"
    found = _keys(text)
    assert found["布什"].isdisjoint(found["乔治·布什"] | found["劳拉·布什"]), found
