"""Kinds of names written as probes for news no one here has read (session 24): sentences made up
around the kinds of error issue 12 names (organizations no list holds, words glued to names, town
names over their namesakes), not read off any gold set. Each rule has its guard beside it."""

from __future__ import annotations

import pytest

from kg.pipeline import extractor_for
from tests.conftest import check_mentions, mentioned


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # two names, each with its own head, joined by 和 or 、: two organizations, not one
    ("他毕业于布朗大学和早稻田大学，后来在德里大学任教。",
     {("布朗大学", "Organization"), ("早稻田大学", "Organization"), ("德里大学", "Organization")},
     {("布朗大学和早稻田大学", "Organization")}),
    ("他毕业于布朗大学和明治大学。", {("布朗大学", "Organization")},
     {("布朗大学和明治大学", "Organization"), ("大学", "Organization")}),  # 明治 trimmed: no bare 大学
    # 和 inside one name (和平) joins nothing
    ("卡内基国际和平基金会的学者认为，谈判不会成功。", {("卡内基国际和平基金会", "Organization")}, set()),
])
def test_two_headed_names_joined_are_two(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a country and a ministry, one word to the tokenizer, where the tagger proposed nothing (the
    # country is mentioned too, as in every body's name it opens)
    ("俄罗斯国防部说，乌克兰军队发动了攻击。",
     {("俄罗斯国防部", "Organization"), ("乌克兰", "Place"), ("俄罗斯", "Place")}, set()),
    # a name and a head that completes it, one word to the tokenizer
    ("他毕业于早稻田大学。", {("早稻田大学", "Organization")}, set()),
    # a country and a generic head: the country's universities, no body
    ("很多学生想去美国大学读书。", {("美国", "Place")}, {("美国大学", "Organization")}),
    # 驻 before the place: another country's embassy in it, not the place's
    ("2018年该国驻中国大使馆宣布，正式中文译名为白罗斯。", set(), {("中国大使馆", "Organization")}),
])
def test_the_tokenizer_s_self_evident_organizations(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("约翰斯·霍普金斯大学的数据显示，死亡人数已经超过一百万。", {("约翰斯·霍普金斯大学", "Organization")},
     {("约翰斯·霍普金斯", "Person")}),
    ("比尔及梅琳达·盖茨基金会捐款五千万美元。", {("比尔及梅琳达·盖茨基金会", "Organization")},
     {("比尔及梅琳达·盖茨基金", "Person")}),
    ("卡内基·梅隆大学的研究人员说。", {("卡内基·梅隆大学", "Organization")}, {("卡内基·梅隆", "Person")}),
    # the person, where no body's head follows
    ("比尔·盖茨说，他将捐款。", {("比尔·盖茨", "Person")}, set()),
])
def test_a_dotted_name_and_a_body_s_head_name_the_body(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_a_body_named_for_a_person_keeps_the_gazetteer_s_identity() -> None:
    """约翰斯·霍普金斯大学 is another rendering of the gazetteer's 约翰·霍普金斯大学 (霍普金斯大学)."""
    x = extractor_for(())
    ex = x.extract([("p1", "约翰斯·霍普金斯大学的数据显示，死亡人数已经超过一百万。")])
    assert [e.name for e in ex.entities] == ["约翰·霍普金斯大学"], ex.entities


@pytest.mark.parametrize(("text", "bare"), [
    ("法新社记者看到，数百人在广场上聚集。", "广场"),
    ("已有三批航天员在空间站生活过。", "空间站"),
    ("他们在博物馆里看了展览。", "博物馆"),
])
def test_a_head_alone_names_nothing(text: str, bare: str) -> None:
    assert not {(t, k) for t, k in mentioned(text) if t == bare}


def test_a_head_with_its_name_is_still_a_place() -> None:
    assert ("天安门广场", "Place") in mentioned("他们在天安门广场上聚集。")


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("诺贝尔奖得主莫言说，他很高兴。", {("莫言", "Person")}, {("诺贝尔", "Person")}),
    ("他是诺贝尔和平奖得主。", set(), {("诺贝尔", "Person")}),
    ("她获得了普利策奖。", set(), {("普利策", "Person")}),
    ("特朗普奖励了忠诚者。", {("特朗普", "Person")}, set()),  # 奖励, to reward: the person acts
])
def test_a_prize_named_for_a_person_is_no_mention_of_them(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "expected"), [
    # the country named once, the shared name once: the shared name casts no vote for its default
    ("在新西兰奥克兰，数千人参加了游行。", "Auckland"),
    ("在新西兰奥克兰，数千人参加了游行。奥克兰市长说，奥克兰的交通受到影响。", "Auckland"),
    ("在加州奥克兰，警察逮捕了两名嫌疑人。", "Oakland"),
])
def test_a_shared_name_does_not_vote_for_itself(text: str, expected: str) -> None:
    x = extractor_for(())
    ex = x.extract([("p1", text)])
    by_key = {e.key: e for e in ex.entities}
    assert {by_key[m.key].name_en for m in ex.mentions if m.text == "奥克兰"} == {expected}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # 和 after a Japanese name and before the next party's name or place joins them
    ("日本首相石破茂和韩国总统尹锡悦举行了会谈。", {("石破茂", "Person"), ("尹锡悦", "Person")},
     {("石破茂和", "Person")}),
    # 和 that ends a given name stays in it, before a verb or a time word
    ("日本官房长官松野博和周一表示，日本将抗议。", {("松野博和", "Person")}, set()),
    ("日本央行行长植田和男说。", {("植田和男", "Person")}, set()),
])
def test_a_japanese_name_before_and(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "name"), [
    ("韩国女子组合BLACKPINK在科切拉音乐节上表演。", "BLACKPINK"),
    ("英国乐队Coldplay宣布了巡演。", "Coldplay"),
])
def test_a_latin_name_after_a_kind_of_band_is_the_band(text: str, name: str) -> None:
    assert (name, "Organization") in mentioned(text)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a one-character short form before 人, 裔, 侨 or 语 is a people or a tongue, no place
    ("纽约布鲁克林区日落公园一带的华人社区近年来迅速扩张。", {("纽约", "Place")}, {("华", "Place")}),
    # a known company and a word for its corporate form: that company, as written
    ("德意志银行、瑞银和汇丰控股均表示，将削减岗位。", {("汇丰控股", "Organization")}, {("汇丰", "Organization")}),
    # what is quoted after 政党 is the party's name, whatever words make it
    ("极左翼政党“不屈法国”领导人让-吕克·梅朗雄拒绝与社会党组成竞选联盟。",
     {("不屈法国", "Organization"), ("让-吕克·梅朗雄", "Person")}, {("法国", "Place")}),
    # a society named for a person
    ("马克斯·普朗克学会与中国科学院合建了研究所。", {("马克斯·普朗克学会", "Organization")},
     {("马克斯·普朗克", "Person")}),
])
def test_peoples_corporate_forms_quoted_parties_and_societies(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a dotted name's last part stops before a preposition and the next person's name
    ("极有可能发挥关键作用的罗伯特·莱特希泽对特朗普的贸易议程做了解读。",
     {("罗伯特·莱特希泽", "Person"), ("特朗普", "Person")}, {("罗伯特·莱特希泽对特朗普", "Person")}),
    ("唐纳德·特朗普对媒体说。", {("唐纳德·特朗普", "Person")}, set()),
])
def test_a_dotted_name_ends_before_the_next_person(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_the_big_towns_of_hong_kong_are_places() -> None:
    """屯门, 荃湾, 九龙, 新界: two-character names of towns of 200,000 people that had no other name in
    the gazetteer (tools/build_gazetteer.py, _big_town_short_name)."""
    found = mentioned("示威者在屯门和荃湾聚集，警察随后进入九龙和新界。")
    assert {("屯门", "Place"), ("荃湾", "Place"), ("九龙", "Place"), ("新界", "Place")} <= found, found


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a description of a body, then a name with its own head: the name, known or not
    ("悉尼外交政策智库洛伊研究所的研究员说。", {("洛伊研究所", "Organization"), ("悉尼", "Place")},
     {("悉尼外交政策智库洛伊研究所", "Organization")}),
    ("俄罗斯大型能源公司俄罗斯天然气工业股份公司暂停供气。", {("俄罗斯天然气工业股份公司", "Organization")},
     {("俄罗斯大型能源公司俄罗斯天然气工业股份公司", "Organization")}),
    ("华为技术有限公司发布了新手机。", {("华为技术有限公司", "Organization")}, set()),  # one name, no description
    # the nations of the United Kingdom are places (regions.tsv), and their bodies organizations
    ("苏格兰首席大臣斯特金说，苏格兰议会将辩论。", {("苏格兰", "Place"), ("苏格兰议会", "Organization")},
     {("苏格兰", "Organization")}),
])
def test_descriptions_before_names_and_the_uk_s_nations(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_an_adverb_glued_to_a_place_makes_no_person() -> None:
    """汶莱都提出了: rjieba's one word 汶莱都 holds the place and 都 (all); the tagger read a person."""
    check_mentions("中国、越南、马来西亚、菲律宾、印尼和汶莱都提出了主权声索。", {("汶莱", "Place"), ("印尼", "Place")},
                   {("汶莱都", "Person")})


@pytest.mark.parametrize(("text", "place", "body"), [
    # a place and 法院 are its courts, and a place's 政府 the place (as 中国政府 is China)
    ("香港法院近日就其死因召开研讯。", "香港", "香港法院"),
    ("美国法院裁定该法违宪。", "美国", "美国法院"),
    ("香港政府表示，将加强管理。", "香港", "香港政府"),
    # and a country's forces the country, as its 军队 (the gold sets' rule for an armed force)
    ("伊朗武装部队处于高度戒备状态。", "伊朗", "伊朗武装部队"),
    ("美国陆军部队正准备向边境靠近。", "美国", "美国陆军部队"),
    ("俄罗斯部队撤出了赫尔松。", "俄罗斯", "俄罗斯部队"),
])
def test_a_place_s_courts_and_government_are_the_place(text: str, place: str, body: str) -> None:
    check_mentions(text, {(place, "Place")}, {(body, "Organization")})


def test_a_court_with_a_name_of_its_own_is_one() -> None:
    check_mentions("美国最高法院裁定，德国宪法法院也作出判决。",
                   {("美国最高法院", "Organization"), ("德国宪法法院", "Organization")}, set())


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a place abroad, then a body with a name of its own: the place says where the body is, and both
    # are named (the tagger proposed the whole)
    ("芝加哥洛约拉大学传染病专家卡洛斯说。", {("芝加哥", "Place"), ("洛约拉大学", "Organization")},
     {("芝加哥洛约拉大学", "Organization")}),
    ("该船属于瑞典沃尔沃航运集团，它拥有八艘船。", {("瑞典", "Place"), ("沃尔沃航运集团", "Organization")},
     {("瑞典沃尔沃航运集团", "Organization")}),
    ("英国伦敦政治经济学院国际关系中心主任说", {("英国", "Place"), ("伦敦政治经济学院国际关系中心", "Organization")},
     set()),
    # the state's 州 stays with the state
    ("北卡罗来纳州戴维森学院的教授说", {("北卡罗来纳州", "Place"), ("戴维森学院", "Organization")}, set()),
    # not where the rest is words any such body could take, a country, or where names carry their
    # place (China's, Hong Kong's, Taiwan's bodies; teams)
    ("悉尼科技大学的学者说。", {("悉尼科技大学", "Organization")}, {("悉尼", "Place")}),
    ("广州冷链行业协会发布通知。", {("广州冷链行业协会", "Organization")}, {("冷链行业协会", "Organization")}),
    ("汉诺威中国中心的主任说", set(), {("中国中心", "Organization")}),
    ("天津泰达足球队", {("天津泰达足球队", "Organization")}, {("泰达足球队", "Organization")}),
])
def test_a_place_abroad_before_a_body_s_own_name_is_mentioned(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_a_body_after_its_place_is_the_body_named_alone() -> None:
    """洛约拉大学 after 芝加哥 and alone, in two articles, is one organization."""
    x = extractor_for(())
    one = x.extract([("p1", "芝加哥洛约拉大学传染病专家卡洛斯说。")])
    two = x.extract([("p1", "洛约拉大学的学者认为，利率会上升。")])
    keys = [{e.key for e in ex.entities if e.name == "洛约拉大学"} for ex in (one, two)]
    assert keys[0] and keys[0] == keys[1]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # an embassy's or a consulate's name names its country and its post: all are mentioned
    ("法国驻越南胡志明市总领事馆发表声明。",
     {("法国驻越南胡志明市总领事馆", "Organization"), ("法国", "Place"), ("越南", "Place"), ("胡志明市", "Place")},
     set()),
    ("挪威驻冰岛大使馆收到了一辆车。", {("挪威", "Place"), ("冰岛", "Place")}, set()),
    # a country before a body named on its own (a state body's head, or one the gazetteer knows) is
    # mentioned, as the readers' gold lists it
    ("法国外交部发表声明。", {("法国外交部", "Organization"), ("法国", "Place")}, set()),
    ("美国外交关系委员会的研究员说，这是一个信号。", {("美国", "Place")}, set()),
    # not a country that is part of the name: 之声 and 国立大学 name nothing alone
    ("德国之声记者报道了这次会议。", {("德国之声", "Organization")}, {("德国", "Place")}),
    ("新加坡国立大学的教授说。", set(), {("新加坡", "Place")}),
])
def test_the_places_an_organization_s_name_holds_are_mentioned(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # fashion houses, makers of cars and of toys (kg/data/organizations.tsv), not persons
    ("她为香奈儿和卡地亚拍摄广告，还代言雪佛兰。",
     {("香奈儿", "Organization"), ("卡地亚", "Organization"), ("雪佛兰", "Organization")},
     {("香奈儿", "Person"), ("卡地亚", "Person"), ("雪佛兰", "Person")}),
    ("孩之宝和乐高的销量都在上升。", {("孩之宝", "Organization"), ("乐高", "Organization")}, set()),
    # people whose names hold or share a brand's stay people
    ("德国总理默克尔周二表示。", {("默克尔", "Person")}, {("默克", "Organization")}),
    ("演员哈里森·福特出席。", {("哈里森·福特", "Person")}, set()),
])
def test_brands_are_organizations_not_persons(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a dotted name ends before a verb of the dictionary, whether the tokenizer keeps it whole
    # (科斯塔|达成协议, a proper noun to it) or the span cuts it (马克里|达成)
    ("他很可能会与前总理安东尼奥·科斯塔达成协议。", {("安东尼奥·科斯塔", "Person")}, set()),
    ("他可能与总统毛里西奥·马克里达成交易。", {("毛里西奥·马克里", "Person")}, {("毛里西奥·马克里达", "Person")}),
    # 为 after a verb that makes someone something is "as"
    ("总统任命投资者卡尔·伊坎为特别顾问。", {("卡尔·伊坎", "Person")}, {("卡尔·伊坎为", "Person")}),
    # a full stop between two Han characters parts a name, as the middle dot does
    ("外长安娜莱娜.贝尔伯克说，她不同意。", {("安娜莱娜.贝尔伯克", "Person")}, set()),
])
def test_a_dotted_name_ends_where_its_words_do(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


def test_a_full_stop_inside_a_name_is_its_dot() -> None:
    from kg.entities.fold import fold, normalize_name

    assert fold("傑姆．厄茲德米爾") == "杰姆·厄兹德米尔" and normalize_name("杰姆.厄兹德米尔") == "杰姆·厄兹德米尔"
    assert fold("约3.5亿") == "约3.5亿"  # between digits it is a decimal point
    said = "外长安娜莱娜.贝尔伯克说，她不同意。"
    (person,) = [m.entity for m in kg_mentions(said) if m.entity.kind.value == "Person"]
    assert person.name == "安娜莱娜·贝尔伯克"


def kg_mentions(text: str) -> list:
    import kg

    return list(kg.mentions(text))


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a transliterated name listed among places the gazetteer knows is a place, though no list holds it
    ("难民从哈尔科夫、苏梅和敖德萨撤离。", {("苏梅", "Place"), ("哈尔科夫", "Place")}, {("苏梅", "Person")}),
    # not a Chinese name, nor a name listed among people
    ("北京、李明和上海", {("李明", "Person")}, {("李明", "Place")}),
    ("记者采访了普京、苏梅和马克龙。", {("苏梅", "Person")}, {("苏梅", "Place")}),
])
def test_a_name_listed_among_places_is_one(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)
