"""Organizations the trained tagger finds whole and the rules used to cut or drop: read off
CLUENER2020's labelled dev set through the extractor (session 17; see README, "Session 17"), each
with the case the rule was written for, which must still hold."""

from __future__ import annotations

import pytest

import kg
from tests.conftest import check_mentions, mentioned


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # 与 ("and") between two words of one name; not between two names
    ("报道称，印度国防研究与发展组织（DRDO）有关人士说。", {("印度国防研究与发展组织", "Organization")},
     {("印度", "Place")}),
    ("教育部国际合作与交流司司长张秀琴说", {("教育部国际合作与交流司", "Organization"), ("张秀琴", "Person")}, set()),
    ("纽约州劳工部与神韵艺术团达成协议", {("纽约州劳工部", "Organization")},
     {("纽约州劳工部与神韵艺术团", "Organization")}),
    ("三星电子会长李在镕周一在首尔与高通公司首席执行官安蒙会面", {("首尔", "Place"), ("高通公司", "Organization")},
     {("首尔与高通公司", "Organization")}),  # a place the gazetteer knows, 与, and a company
    # a state, a party and a title describe a member (俄亥俄州民主党众议员), not the state's party;
    # a country's party stays one name
    ("俄亥俄州民主党众议员马西·卡普图尔说。", {("俄亥俄州", "Place"), ("民主党", "Organization")},
     {("俄亥俄州民主党", "Organization")}),
    ("得克萨斯州共和党参议员特德·克鲁兹说。", {("得克萨斯州", "Place"), ("共和党", "Organization")},
     {("得克萨斯州共和党", "Organization")}),
    ("中国共产党总书记习近平说。", {("中国共产党", "Organization")}, {("共产党", "Organization")}),
    # a name newer than rjieba's dictionary, which cuts it up (利用微|信, 发微信): still found; not
    # where that leaves one character of a dictionary word (台美|团结 holds no 美团)
    ("期间，组织者利用微信这一中文聊天应用。", {("微信", "Organization")}, set()),
    ("发微信消息敦促人们投票。", {("微信", "Organization")}, set()),
    ("蔡英文与麦卡锡会晤，展示台美团结。", set(), {("美团", "Organization")}),
    # state television is a kind of broadcaster, no name (国家电视台, 官方媒体)
    ("周三，国家电视台播放了据称是一架战斗机的画面。", set(), {("国家电视台", "Organization")}),
    # a place and 工厂 are factories there, no organization's name (台积电的美国工厂, 加州工厂)
    ("台积电的美国工厂将与台湾工厂竞争。", {("台积电", "Organization"), ("美国", "Place")},
     {("美国工厂", "Organization")}),
    # a branch campus is one name with its university (分校 is no verb and its object)
    ("纽约州立大学奥尔巴尼分校的教授说。", {("纽约州立大学奥尔巴尼分校", "Organization")},
     {("纽约州立大学", "Organization"), ("奥尔巴尼", "Place")}),
    # an organization's seat names the organization, in its place (纽约联合国总部, 北京百度总部)
    ("内蒙古企业家在纽约联合国总部举行活动。", {("纽约", "Place"), ("联合国", "Organization")},
     {("纽约联合国总部", "Organization")}),
    ("北京百度总部的一个人工智能机器人。", {("北京", "Place"), ("百度", "Organization")},
     {("北京百度总部", "Organization")}),
    # a city before an organization the gazetteer knows is where it is, not part of a new name
    ("华盛顿美国企业研究所的研究员说。", {("华盛顿", "Place"), ("美国企业研究所", "Organization")},
     {("华盛顿美国企业研究所", "Organization")}),
    # a title after the body is no part of its name (立委, a legislator)
    ("民進黨與國民黨立委隨後在立法院就國防預算激烈交鋒", {("國民黨", "Organization")},
     {("國民黨立委", "Organization")}),
    # an abbreviation is no verb and its object; a two-character name is no clause; 建厂 after a
    # name still is
    ("北京市住建委则表示，将加强管理。", {("北京市住建委", "Organization")}, {("北京市", "Place")}),
    ("招行副行长朱琦说", {("招行", "Organization"), ("朱琦", "Person")}, set()),
    ("中国车企合资建厂", {("中国", "Place")}, {("中国车企合资建厂", "Organization")}),
    # a title that shares no character with the body's name: the body before it is whole
    ("老挝家具协会会长育亭·维沙蓬说。", {("老挝家具协会", "Organization"), ("育亭·维沙蓬", "Person")}, set()),
    # 中 that begins a name is no locative (中储粮, China Grain Reserves); 中美 is still two places
    ("此前中储粮在黑龙江的直属库。", {("中储粮", "Organization")}, {("储粮", "Organization")}),
    ("中美贸易战中，中方表示", {("中", "Place"), ("美", "Place")}, set()),
    # 办, an office's short name
    ("国台办发言人朱凤莲说", {("国台办", "Organization"), ("朱凤莲", "Person")}, set()),
    ("响应中央宣传部、中央文明办的号召", {("中央文明办", "Organization")}, set()),
    ("他在北京举办了展览", {("北京", "Place")}, {("北京举办", "Organization")}),
    # a name that ends with its head, which the tokenizer joined to the next word; not 会 or 社,
    # which begin words as often (普京会|面, 中国社|交媒体)
    ("从昆士兰大学毕业后曾短暂在商界工作", {("昆士兰大学", "Organization")}, {("昆士兰", "Place")}),
    ("韩国国家情报院所收集的情报", {("韩国国家情报院", "Organization")}, set()),
    ("金正恩预计将出访俄罗斯，与普京会面。", {("普京", "Person")}, {("普京会", "Organization")}),
    ("北京彻底管控中国社交媒体", set(), {("北京彻底管控中国社", "Organization"), ("中国社", "Organization")}),
    # a body's description, then a name its English rendering (with a word of a body's name, or its
    # Chinese name ending as one) or quotation marks of nouns mark as one (session 22)
    ("研究机构凯投宏观（Capital Economics）的经济学家说。", {("凯投宏观", "Organization")}, set()),
    ("环境监督机构全球见证组织（Global Witness）发现。", {("全球见证组织", "Organization")}, set()),
    ("智库“政策交流”的空间政策问题负责人说。", {("政策交流", "Organization")}, set()),
    ("该公司首席执行官蒂姆·库克（Tim Cook）表示。", {("蒂姆·库克", "Person")},
     {("首席执行官蒂姆·库克", "Organization")}),
    ("这家机构“并不热衷”于此。", set(), {("并不热衷", "Organization")}),
    # session 28: quoted names made of any words but what opens the writer's own phrases (an adverb, a
    # conjunction: 并不热衷 above, 完全不足以 below), in straight quotes too, and the quoted name given
    # to a body (名为“…”的组织), an English gloss between
    ("6月，国际人权组织“自由行走”发布报告。", {("自由行走", "Organization")}, set()),
    ('环保非政府组织"全球足迹网络"估计。', {("全球足迹网络", "Organization")}, set()),
    ("这场运动由一个名为“自由青年”（Free Youth）的组织推动。", {("自由青年", "Organization")}, set()),
    ("这个组织“完全不足以”应对危机。", set(), {("完全不足以", "Organization")}),
])
def test_whole_organizations(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize("text", [
    "在一家外贸公司工作的于澄说",  # rjieba's "nt" words the trained tagger does not back: kinds of body
    "记者随后致电该校财务处求证",
    "其除了支持四大行还款外",
])
def test_word_tagger_organizations_need_the_tagger(text: str) -> None:
    assert not {f for f in mentioned(text) if f[1] == "Organization"}


@pytest.mark.parametrize(("text", "name"), [
    ("美国新闻网站彭博早前引述消息指出", "彭博社"),  # a news agency's short name (organizations.tsv)
    ("据路透报道，", "路透社"),
])
def test_news_agencies_by_their_short_names(text: str, name: str) -> None:
    assert name in {m.entity.name for m in kg.mentions(text) if m.entity.kind.value == "Organization"}


def test_a_person_named_like_an_agency_stays_a_person() -> None:
    assert ("迈克尔·彭博", "Person") in mentioned("前纽约市长迈克尔·彭博说")


@pytest.mark.parametrize(("text", "name", "description"), [
    ("中国官方新闻社新华社转发了一则新闻", "新华社", "中国官方新闻社"),
])
def test_a_description_before_a_known_organization_is_no_organization(text: str, name: str,
                                                                        description: str) -> None:
    orgs = {m.text for m in kg.mentions(text) if m.entity.kind.value == "Organization"}
    assert name in orgs and description not in orgs, orgs


@pytest.mark.parametrize(("text", "description", "place"), [
    ("伦敦咨询公司伊诺多经济公司的首席经济学家说。", "伦敦咨询公司", "伦敦"),  # a firm of a trade, in a place
    ("“这个时期已经过去，”北京数据分析公司天灏的分析师说。", "北京数据分析公司", "北京"),
    ("中国官员突击搜查贝恩公司等美国咨询公司的办公室。", "美国咨询公司", "美国"),
])
def test_a_place_and_a_trade_s_kind_of_firm_describe_a_firm(text: str, description: str, place: str) -> None:
    """Session 21: a firm's trade (咨询公司, 数据分析公司, 公关公司) after a place is a kind of body,
    as 美国公司 is; the place is still named."""
    found = mentioned(text)
    assert (description, "Organization") not in found and (place, "Place") in found, found


@pytest.mark.parametrize("text", ["这些技术让美国城市、公司和医院无法正常运行。", "他们在电影院里看了这部片子。"])
def test_a_hospital_or_a_cinema_alone_is_no_organization(text: str) -> None:
    assert not [t for t, kind in mentioned(text) if kind == "Organization"]


def test_a_country_and_an_airline_is_still_a_name() -> None:
    """航空公司 is no kind of body here: 英国航空公司 is British Airways."""
    assert ("英国航空公司", "Organization") in mentioned("英国航空公司周一取消了数十个航班。")


@pytest.mark.parametrize(("text", "name"), [
    ("“压力很大”，加州大学伯克利分校核工程学系教授凯·维特说。", "加州大学伯克利分校"),  # a campus, then a department
    ("报道引述四川大学华西医院呼吸与危重症医学科主任说。", "四川大学华西医院"),  # a hospital, then its department
    # the campus the gazetteer knows (session 34), after its country, a place of its own
    ("在美国加州大学圣地亚哥分校研究中国精英政治的学者说。", "加州大学圣地亚哥分校"),
])
def test_a_campus_or_a_hospital_ends_the_name_before_a_department(text: str, name: str) -> None:
    assert (name, "Organization") in mentioned(text)


def test_a_province_s_body_is_its_own_not_the_nation_s() -> None:
    """广东省卫健委 is Guangdong's health commission; 国家卫健委 is the national one."""
    found = {m.text: m.entity.name for m in kg.mentions("上周广东省卫健委发布通报，国家卫健委随后回应。")
             if m.entity.kind.value == "Organization"}
    assert found == {"广东省卫健委": "广东省卫健委", "国家卫健委": "国家卫生健康委员会"}, found


def test_a_country_s_body_the_gazetteer_knows_is_that_body() -> None:
    check_mentions("日本共同社报道。", {("共同社", "Organization"), ("日本", "Place")},
                   {("日本共同社", "Organization")})
    check_mentions("贝塞拉领导的卫生与公共服务部表示。", {("卫生与公共服务部", "Organization")}, set())


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a body, an adverb and a verb: a clause (the tagger took it as one name), the bodies named alone
    ("次年，国民党便抨击民进党的开放政策。", {("国民党", "Organization"), ("民进党", "Organization")},
     {("国民党便抨击民进党", "Organization")}),
    # so many of a kind, or a spot in a place: no one body
    ("香港多所大学也表示支持。", {("香港", "Place")}, {("香港多所大学", "Organization")}),
    ("阿拉巴马州威尔科克斯县一片松林深处，三名工人从塔顶悬垂下来。", {("威尔科克斯县", "Place")},
     {("威尔科克斯县一片松林深处", "Organization"), ("克斯县", "Place")}),
    # guards: a word the tokenizer calls an adverb inside a name, before a noun (知专|设计), and an
    # ordinal in a name (第一)
    ("根据香港知专设计学院去年公开的监控片段。", {("香港知专设计学院", "Organization")}, set()),
    ("中国第一汽车集团公司宣布，将在长春建厂。", {("中国第一汽车集团公司", "Organization")}, set()),
])
def test_a_clause_or_a_quantity_is_no_body_s_name(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a place, a description (智库) and a name of its own: the place and the named body
    ("台湾智库中华经济研究院的研究员徐遵慈说。", {("台湾", "Place"), ("中华经济研究院", "Organization")},
     {("台湾智库中华经济研究院", "Organization")}),
    # a country's official outlets are the country's, no body named
    ("伊朗官方电视台报道了此事。", {("伊朗", "Place")}, {("伊朗官方电视台", "Organization")}),
    ("据朝鲜官方通讯社报道，试射成功。", {("朝鲜", "Place")}, {("朝鲜官方通讯社", "Organization")}),
    # guards: a place, modifiers and a head, with no description among them, is one body
    ("俄罗斯联邦安全会议表示反对。", {("俄罗斯联邦安全会议", "Organization")}, set()),
])
def test_a_description_is_no_part_of_a_body_s_name(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "surface", "name"), [
    # the acronyms news writes alone for bodies the gazetteer knows (kg/data/organizations.tsv)
    ("FBI周二表示，调查仍在进行。", "FBI", "联邦调查局"),
    ("CIA的报告说，风险很高。", "CIA", "中央情报局"),
    ("美国中情局局长说。", "美国中情局", "中央情报局"),
    ("WHO宣布疫情构成国际关注的突发公共卫生事件。", "WHO", "世界卫生组织"),
    ("FCC禁止接受补贴的公司购买设备。", "FCC", "美国联邦通信委员会"),
    # the central government's offices that Hong Kong and Taiwan news names by their short forms
    ("香港中联办主任骆惠宁说。", "香港中联办", "中央人民政府驻香港特别行政区联络办公室"),
    ("港澳办主任夏宝龙说。", "港澳办", "国务院港澳事务办公室"),
    ("国台办发言人表示反对。", "国台办", "国务院台湾事务办公室"),
    # a newspaper of two characters, after its place
    ("李家超在接受香港《商报》采访时表示。", "商报", "商报"),
])
def test_bodies_by_the_short_forms_news_writes(text: str, surface: str, name: str) -> None:
    found = {m.text: m.entity for m in kg.mentions(text)}
    assert surface in found and found[surface].name == name, found


def test_a_title_of_two_characters_alone_is_no_newspaper() -> None:
    assert not [m for m in kg.mentions("他读了《情报》这本书。") if m.entity.kind.value == "Organization"]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a description of a body, a Chinese name, then what the body says or does: the body's name
    ("法国化妆品牌兰寇取消了何韵诗的音乐会。", {("兰寇", "Organization")}, set()),
    ("杭州人工智能初创公司深度求索周一发布了开源推理模型R1。", {("深度求索", "Organization")}, set()),
    # guards: the body's people, a verb, a time word, a determiner: no name
    ("科技公司老板王明说，订单减少了。", {("王明", "Person")}, {("老板王明", "Organization")}),
    ("华为公司表示将推出新手机。", {("华为公司", "Organization")}, {("表示将", "Organization")}),
    ("这家公司周二宣布裁员。", set(), {("周二", "Organization")}),
    ("该公司前高管表示，计划已经取消。", set(), {("前高管", "Organization")}),
])
def test_a_body_named_after_its_description(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # a transliterated name in a list that 等 and a kind of company close is a company
    ("它们比AT&T和威瑞森等大公司更依赖中国设备。", {("威瑞森", "Organization")}, {("威瑞森", "Person")}),
    # guards: a list of people closed by 等人 or 等富豪
    ("马斯克和贝佐斯等富豪都表态了。", {("贝佐斯", "Person")}, set()),
    ("特朗普和拜登等人出席。", {("特朗普", "Person"), ("拜登", "Person")}, set()),
])
def test_names_listed_as_companies(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)
