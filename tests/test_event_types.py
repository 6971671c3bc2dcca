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
        # the words are what names a kind; an occurrence is any other dated happening (by its verb), and
        # a crisis one its date names (kg.events.given)
        assert bool(t.words) is (t.kind not in (EventKind.OCCURRENCE, EventKind.CRISIS)), t.kind


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
    ("第一家Costco门店于1983年在西雅图开业。", EventKind.OPENING),
    ("习近平2012年上台后不久就一直把民主诉求作为打击的对象。", EventKind.APPOINTMENT),
    ("她2016年获澳洲政府选为澳大利亚全球校友大使。", EventKind.APPOINTMENT),
    # hazards by their other names, and a road that caves in (session 25)
    ("日本石川县能登半岛周一下午发生7.6级强震。", EventKind.DISASTER),
    ("广东一条高速公路周三凌晨发生塌方，多辆汽车坠落。", EventKind.ACCIDENT),
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


@pytest.mark.parametrize(("text", "place"), [
    ("莫斯科的袭击发生在周日。", "莫斯科"),  # the place before 的 and the word
    ("在拉古纳伍兹，枪击事件发生在周日。", "拉古纳伍兹"),  # 在 and the place
    ("拉什迪上周五在纽约西部被刺伤。", "纽约"),
])
def test_an_attack_without_a_target_happens_where_its_clause_says(text: str, place: str) -> None:
    x = extract(article(text, published=date(2024, 6, 24)), extractor_for(()))
    (attack,) = x.events
    names = {e.key: e.name for e in x.entities}
    assert attack.kind is EventKind.ATTACK and attack.when is not None
    assert place in names[attack.location] and place in attack.name  # labelled by its clause, not "X遭到攻击"


def test_an_attack_word_that_names_no_target_and_no_place_reports_nothing() -> None:
    assert not [e for e in events("周日，他攻击了这项政策。") if e.kind is EventKind.ATTACK]


def test_a_death_after_an_attack_without_a_target_is_the_death() -> None:
    (e,) = events("一名男童在本月18日上学途中，遭到一名男子持刀攻击后死亡。", date(2024, 9, 24))
    assert e.kind is EventKind.DEATH


def test_a_hedge_on_a_number_leaves_the_happening() -> None:
    (e,) = events("1989年，中国军队杀害了数百甚至可能数千名学生抗议者。")
    assert e.when.start == date(1989, 1, 1)
    assert not events("10月，此时最有可能出现恶意的行为。")  # a hedge on whether it happens


def test_a_span_of_years_dates_by_its_first() -> None:
    for text in ("2014到2015年，复星集团收购了这家公司。", "2014年至2015年，复星集团收购了这家公司。"):
        (deal,) = events(text)
        assert (deal.kind, deal.when.start, deal.when.end, deal.when.precision) == (
            EventKind.DEAL, date(2014, 1, 1), date(2014, 12, 31), "year")
    assert not events("过去三年里，香港发生了巨大变化。")  # a stretch of time, not a date


def test_a_date_in_quotation_marks_dates_what_is_quoted_not_the_saying() -> None:
    said = [e for e in events("“这代大学生会比1989年后读大学的几代人更焦躁不安，”密歇根大学教授高敏说。")
            if e.kind is EventKind.STATEMENT]
    assert not said  # no date of its own: 1989 is the speaker's


def test_a_date_written_before_a_named_event_is_its_own() -> None:
    found = events("他说应该对1937年南京大屠杀死亡人数做更严谨的研究之后，在网上受到围攻，后被校方解雇。")
    assert [(e.kind, e.when.start) for e in found] == [(EventKind.ATTACK, date(1937, 12, 13))]


def test_the_tiananmen_massacre_is_named_as_the_crackdown_of_4_june_1989() -> None:
    """天安门大屠杀, as 六四屠杀 (kg/data/named_events.tsv), with or without its date written before it
    (33年前的6月4日: that day, 33 years before publication; bench/blind12)."""
    for text in ("手机上的图片是一支点燃的蜡烛和数字，示意33年前的6月4日天安门大屠杀的周年纪念。",
                 "但在天安门大屠杀事件之后，黎智英成为出版商。"):
        assert [(e.kind, e.when.start) for e in events(text)] == [(EventKind.ATTACK, date(1989, 6, 4))], text


@pytest.mark.parametrize("text", [
    "到今年4月为止，中国为建设空间站已完成了六次发射任务。",  # how things stood by April
    "今年的COP将不得不面对一份由自己起草的报告。",  # what must happen has not
    "但公众的支持今年已明显减弱。",  # a change in how things stand
])
def test_states_are_no_events(text: str) -> None:
    assert not events(text)


def test_an_interview_is_where_a_quote_comes_from_not_a_meeting() -> None:
    found = events("“公民有言论自由，”崔俊杰周四在接受采访时说。")
    assert [e.kind for e in found] == [EventKind.STATEMENT]


def test_a_date_that_names_the_happening_dates_it_whatever_may_come_of_it() -> None:
    (vote,) = events("年轻人最终投票给谁，都可能对1月13日的总统大选产生至关重要的影响。", date(2023, 12, 5))
    assert (vote.kind, vote.when.start) == (EventKind.ELECTION, date(2024, 1, 13))
    assert not events("他可能会在周五会见拜登。")  # a hedge on the happening itself


@pytest.mark.parametrize(("text", "place", "day"), [
    # a hazard that strikes (袭击) is a disaster where it struck, not an attack (session 24)
    ("台风“海葵”周日袭击台湾，造成一人死亡。", "台湾", date(2024, 6, 23)),
    ("地震于周日凌晨袭击了土耳其南部，造成数千人死亡。", "土耳其", date(2024, 6, 23)),
    ("飓风伊恩上周袭击了佛罗里达州。", "佛罗里达州", None),
])
def test_a_hazard_that_strikes_is_a_disaster(text: str, place: str, day: date | None) -> None:
    (e,) = events(text)
    assert e.kind is EventKind.DISASTER and place in e.name, e
    assert day is None or e.when.start == day, e.when


def test_an_attack_after_a_hazard_is_still_an_attack_s_clause() -> None:
    """在地震发生后，武装分子…袭击了: the earthquake sets the time; who attacked is no hazard."""
    found = events("在地震发生后，武装分子周一袭击了难民营。")
    assert found and all(e.kind is not EventKind.DISASTER for e in found), found


@pytest.mark.parametrize(("text", "kind", "subject", "year"), [
    # the place right before the word, or with only its date between, is what the word is about
    ("苏联于1991年解体。", EventKind.DISSOLUTION, "苏联", 1991),
    ("苏联1991年解体。", EventKind.DISSOLUTION, "苏联", 1991),
    ("1991年苏联解体。", EventKind.DISSOLUTION, "苏联", 1991),
])
def test_a_subject_with_its_date_between(text: str, kind: EventKind, subject: str, year: int) -> None:
    (e,) = events(text)
    assert e.kind is kind and subject in e.name and e.when.start.year == year, e


@pytest.mark.parametrize(("text", "kind"), [
    # a signing is legislation where what is signed is a law, an agreement where it is a deal
    ("拜登周五签署了这项法案，使其成为法律。", EventKind.LEGISLATION),
    ("特朗普周一签署了一项行政命令。", EventKind.LEGISLATION),
    ("中美两国周二签署了一项贸易协议。", EventKind.AGREEMENT),
])
def test_what_is_signed_makes_the_kind(text: str, kind: EventKind) -> None:
    (e,) = events(text)
    assert e.kind is kind, e


def test_the_place_an_event_is_about_is_named_once_in_its_label() -> None:
    (e,) = events("一架客机周日在尼泊尔坠毁，机上72人全部遇难。")
    assert e.kind is EventKind.ACCIDENT and e.name == "在尼泊尔坠毁", e


def test_he_who_opens_a_meeting_s_clause_takes_part() -> None:
    """他会见了岸田文雄: 他 is the person last named, and met; not where 他 only owns the subject."""
    found = {e.kind: e for e in events("周二，拜登抵达东京。他会见了日本首相岸田文雄。")}
    assert found[EventKind.MEETING].name == "拜登与岸田文雄会晤", found
    found = {e.kind: e for e in events("周二，拜登抵达东京。他的助手会见了日本官员岸田文雄。")}
    assert "拜登" not in found[EventKind.MEETING].name, found
