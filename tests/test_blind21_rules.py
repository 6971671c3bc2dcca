"""Rules of session 38, from bench/blind21's misses once it was read and from the errors helpers found
in fresh items (bench/dev12, no gold): each with a guard beside it, what the rule must leave alone. The
sentences are the kinds of text the errors came from, most of them written anew."""

from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.entities.extract import Extractor
from kg.model import EventKind
from kg.pipeline import extractor_for
from tests.test_blind16_rules import _found  # a text's (name, kind)s
from tests.test_blind20_rules import _kinds  # the (kind, start, attendees) of a DW article's events


@pytest.fixture(scope="module")
def x() -> Extractor:
    return extractor_for(())


# (text, the (name, kind)s found, the (name, kind)s not found)
_NAMES = [
    # a name in quotation marks that 组织 follows (guard: a kind of group, then the group's name)
    ("2009年，“泰米尔之虎”组织被击败，内战结束。", {("泰米尔之虎", "Organization")}, {("泰米尔", "Place")}),
    ("原属“本土派”组织“香港故事”的青年被捕。", set(), {("本土派", "Organization")}),
    # a title whose first character the tokenizer joined to the town's name (高雄市|长)
    ("曾担任高雄市长的谢长廷担任驻日代表。", {("高雄", "Place"), ("谢长廷", "Person")}, set()),
    # a numeral to the word tagger that opens a transliterated name (guard: a count of companies)
    ("特朗普所说的直接拥有多米宁公司，与该公司出于慈善。", {("多米宁公司", "Organization")},
     {("宁公司", "Organization")}),
    ("有三家公司参加。", set(), {("三家公司", "Organization")}),
    # a party and the chamber it leads; a chamber's committee, unnamed (guard: a body named 委员会)
    ("该公司向共和党参议院多数党领袖的参议院委员会捐款。", {("共和党", "Organization"), ("参议院", "Organization")},
     {("共和党参议院", "Organization"), ("参议院委员会", "Organization")}),
    ("欧盟委员会说。", {("欧盟委员会", "Organization")}, set()),
    ("欧盟执行委员会表示。", {("欧盟执行委员会", "Organization")}, set()),
    # a family is no person (guard: the person)
    ("称该公司与克林顿家族有关联。", set(), {("克林顿", "Person")}),
    ("克林顿说。", {("克林顿", "Person")}, set()),
    # a name in quotation marks glossed by a body's English name
    ("保守新闻媒体“美国第一新闻网”（One American news Network）报道。", {("美国第一新闻网", "Organization")},
     {("美国", "Place")}),
    # a description of a body, then words that end inside a word (企业层面来|说): no name (guard: a name)
    ("在企业层面来说是无稽之谈。", set(), {("层面来", "Organization")}),
    ("初创公司深度求索周一发布新模型。", {("深度求索", "Organization")}, set()),
    # a show after its town, a state of affairs after a body's name (guard: the body)
    ("中国电动汽车制造商在法兰克福车展上表现强劲。", {("法兰克福", "Place")}, {("车展", "Place")}),
    ("形成了一种整体的政治局面。", set(), {("政治局", "Organization")}),
    ("政治局会议决定。", {("政治局", "Organization")}, set()),
    # what a company owns: the tagger's transliterated "person" is the company (guard: a known person)
    ("斯特兰蒂斯旗下的欧洲品牌包括菲亚特和欧宝。", {("斯特兰蒂斯", "Organization")}, {("斯特兰蒂斯", "Person")}),
    ("马斯克旗下的特斯拉。", {("马斯克", "Person")}, set()),
    # an empire is the place named (guard: imperialism is no empire)
    ("这里看起来更像是哈布斯堡帝国的遗迹。", {("哈布斯堡帝国", "Place")}, set()),
    ("他们反对日本帝国主义侵略。", {("日本", "Place")}, {("日本帝国", "Place")}),
    # someone, a verb and a chamber or a body: a clause, not one body's name
    ("新闻媒体宣布民主党人仍控制参议院。", {("参议院", "Organization")}, {("民主党人仍控制参议院", "Organization")}),
    ("交通部调查人员有义务通知司法部。", {("交通部", "Organization"), ("司法部", "Organization")},
     {("交通部调查人员有义务通知司法部", "Organization")}),
    ("就在全世界齐聚20国集团之际。", {("20国集团", "Organization")}, {("齐聚20国集团", "Organization")}),
    # a palace that announces is the body it houses
    ("周四，白金汉宫宣布，将迫使安德鲁放弃头衔。", {("白金汉宫", "Organization")}, {("白金汉宫", "Place")}),
    # an adverb after a person the gazetteer knows ends the name
    ("英国女王伊丽莎白二世刚发表全国电视讲话。", {("伊丽莎白二世", "Person")}, {("伊丽莎白二世刚", "Person")}),
    ("但是哥伦比亚特区有一部刑法。", {("哥伦比亚特区", "Place")}, {("哥伦比亚", "Place")}),
    # an outlet's name of two characters after 杂志 (guard: a book's title)
    ("他为自由派杂志《理性》撰写文章。", {("理性", "Organization")}, set()),
    ("他读了《情报》这本书。", set(), {("情报", "Organization")}),
    # a leader's government is the leader
    ("拜登政府不得不为多个案件作出回应。", {("拜登", "Person")}, {("拜登政府", "Organization")}),
    ("顾陈晋明在加利福尼亚州圣马特奥家中去世。", {("圣马特奥", "Place")}, {("圣马特奥家中", "Place")}),
    # a surname, and a word its second character begins (guards: a title before the name; a word that
    # opens with a character that follows names; no surname)
    ("马可以读懂人。", set(), {("马可", "Person")}),
    ("但在被问及时，李强调所引发的暴力。", set(), {("李强", "Person")}),
    ("李明说变种病毒很危险。", {("李明", "Person")}, set()),
    ("中国作家高健在接受采访时说。", {("高健", "Person")}, set()),
    ("当时拜登上台不久。", {("拜登", "Person")}, set()),
    # a prize, a tongue, a language, a royal family and mask-wearing are no names (guard: 话题)
    ("台湾设计师获得2022年葛莱美奖。", set(), {("葛莱美奖", "Person")}),
    ("他说一口流利的福建话和广东话。", set(), {("福建", "Place"), ("广东", "Place")}),
    ("台湾话题引发讨论。", {("台湾", "Place")}, set()),
    ("该法取消了阿拉伯语跟希伯来语一样的官方语言地位。", set(), {("希伯", "Person")}),
    ("王室观察人士推测安德鲁将寻求和解。", set(), {("王室", "Person")}),
    ("许多公共场所要求戴口罩。", set(), {("戴口罩", "Person")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _NAMES)
def test_names_and_the_words_around_them(text: str, wanted: set, unwanted: set) -> None:
    found = _found(text)
    assert wanted <= found, found
    assert not unwanted & found, found


def _entity(text: str, surface: str):
    return next(m.entity for m in kg.mentions(text) if m.text == surface)


def test_a_name_that_sounds_as_a_dotted_name_s_part_is_that_person() -> None:
    """马辛达 and 马欣达·拉贾帕克萨, 戈塔巴亚 and 戈塔巴雅·拉贾帕克萨: other characters, the same syllables."""
    text = ("马欣达·拉贾帕克萨在斯里兰卡长期内战期间担任总统。他的弟弟戈塔巴雅·拉贾帕克萨当时任国防部长一职。"
            "抗议示威还已经导致前总理马辛达和其它政府官员的辞职。但是总统戈塔巴亚表示，他无意辞职。")
    assert _entity(text, "马辛达").key == _entity(text, "马欣达·拉贾帕克萨").key
    assert _entity(text, "戈塔巴亚").key == _entity(text, "戈塔巴雅·拉贾帕克萨").key
    # guard: another given name is another person
    other = "马欣达·拉贾帕克萨在斯里兰卡长期内战期间担任总统。马欣达·拉贾帕克萨的儿子纳马尔也同样辞去了体育部长职位。"
    assert _entity(other, "纳马尔").key != _entity(other, "马欣达·拉贾帕克萨").key


def test_dotted_names_that_differ_in_their_first_character_are_one_person() -> None:
    text = "维吉尼亚·朱弗雷提起诉讼。弗吉尼亚·朱弗雷声称遭到强奸。"
    assert _entity(text, "维吉尼亚·朱弗雷").key == _entity(text, "弗吉尼亚·朱弗雷").key


def test_names_as_the_text_writes_them_are_aliases() -> None:
    """菲利普亲王 (the title with the name), 威廉·P·巴尔 (an initial), 小约瑟夫·R·拜登 (Jr.)."""
    assert "菲利普亲王" in _entity("去年她丈夫菲利普亲王的葬礼上。", "菲利普").aliases
    text = "前司法部长威廉·P·巴尔(William P. Barr)说。在候任总统小约瑟夫·R·拜登(Joseph R. Biden Jr.)的领导下。"
    assert "威廉·P·巴尔" in _entity(text, "威廉·P·巴尔").aliases
    assert "小约瑟夫·R·拜登" in _entity(text, "约瑟夫·R·拜登").aliases


def test_a_surname_after_the_full_name_is_the_person_not_an_area() -> None:
    text = "前司法部长威廉·P·巴尔也说。巴尔在上月辞职前，曾是特朗普最重要的支持者。"
    assert ("巴尔", "Person") in _found(text) and ("巴尔", "Place") not in _found(text)


def test_a_company_s_short_name_read_as_a_person_is_the_company() -> None:
    text = ("特朗普针对的机器由多米宁（Dominion）投票系统提供。特朗普所说的直接拥有多米宁公司，与该公司出于慈善。"
            "多米宁投票公司发表声明称，这是一家美国公司。")
    assert _entity(text, "多米宁").kind.value == "Organization"


def test_a_month_that_dates_a_deed_done_is_past(x: Extractor) -> None:
    """将依据特朗普11月签署的行政令, in January: last November's order (the 将 is the clause's)."""
    found = _kinds(x, "纽交所表示，将依据特朗普11月签署的行政令启动摘牌程序。", published=date(2021, 1, 20))
    assert (EventKind.LEGISLATION, date(2020, 11, 1), ("Person:唐纳德·特朗普",)) in found
    # guard: a month planned is still to come
    assert any(d == date(2021, 11, 1) for _, d, _ in _kinds(x, "美国将在11月举行的选举中投票。",
                                                           published=date(2021, 1, 20)))


def test_done_on_a_weekday_is_the_past_one(x: Extractor) -> None:
    found = _kinds(x, "特朗普已在周二宣布将再次竞选总统。", published=date(2022, 11, 17))
    assert [d for _, d, _ in found] == [date(2022, 11, 15)], found


def test_a_year_that_dates_what_is_named_leaves_the_sentence_s_opening_date(x: Extractor) -> None:
    found = _kinds(x, "周二晚上，特朗普在佛罗里达州宣布参加2024年竞选时，发出了讯息。",
                   published=date(2022, 11, 17))
    assert [d for _, d, _ in found] == [date(2022, 11, 15)], found


def test_they_are_the_people_the_sentence_named_before(x: Extractor) -> None:
    found = _kinds(x, "他们的另外两个兄弟，巴兹尔·拉贾帕克萨(Basil Rajapaksa)和查马尔·拉贾帕克萨（Chamal Rajapaksa）"
                   "之前也在政府中担任重要职位，随着该国危机的恶化，他们于上个月辞职。", published=date(2022, 5, 19))
    assert found == [(EventKind.RESIGNATION, date(2022, 4, 1),
                      ("Person:巴兹尔·拉贾帕克萨", "Person:查马尔·拉贾帕克萨"))], found


def test_a_title_before_the_sentence_s_first_name_leaves_it_the_topic(x: Extractor) -> None:
    found = _kinds(x, "但是总统戈塔巴亚表示，他无意辞职，并于上周宣布国家进入紧急状态。", published=date(2022, 5, 19))
    assert [(d, a) for _, d, a in found] == [(date(2022, 5, 9), ("Person:戈塔巴亚",))], found


def _read(tmp_path, html: str, name: str = "bbc_1.txt") -> list[str]:
    f = tmp_path / name
    f.write_text("<!--1658800000000-->\n[标题](https://www.bbc.com/zhongwen/simp/world-1)\n------\n" + html,
                 encoding="utf-8")
    return [p.text for p in next(kg.read([f])).paragraphs]


def test_bulleted_sentences_without_a_full_stop_are_read_and_bylines_are_not(tmp_path) -> None:
    html = ("<p>以下是最新局势综述：</p><ul><li role=\"listitem\">维多利亚·希尔（Victoria Gill）</li>"
            "<li role=\"listitem\">安德烈·罗登-保罗和大卫·西利托</li>"
            "<li role=\"listitem\">乌克兰总统泽连斯基向俄罗斯提出用他来交换被俘的乌克兰人</li></ul>")
    texts = _read(tmp_path, html)
    assert any("泽连斯基" in t for t in texts), texts
    assert not any("维多利亚·希尔" in t or "西利托" in t for t in texts), texts


def test_bbc_s_podcast_promo_is_not_read(tmp_path) -> None:
    html = ("<p>斯里兰卡政府已经积累了510亿美元的外债。</p><section role=\"region\" aria-labelledby=\"podcast-promo\">"
            "<p>BBC國際台粵語節目，重溫一周國際大事。〈記者來鴻〉</p></section><p>中国仍有可能做些什么？</p>")
    texts = _read(tmp_path, html)
    assert any("外债" in t for t in texts) and not any("來鴻" in t for t in texts), texts


def test_colleagues_biographies_and_credits_at_the_end_are_not_read(tmp_path) -> None:
    html = ("<p>安全专家在周五估计，有多达3万个组织受到影响。</p>"
            "<p>Lara Jakes和John Ismay自华盛顿、Steven Lee Myers自首尔报道。</p>"
            "<p>David E. Sanger是时报国家安全记者。他曾三次获得普利策奖。</p>"
            "<p>Julian E. Barnes是《纽约时报》驻华盛顿的国家安全记者。欢迎在Twitter上关注他。</p>")
    texts = _read(tmp_path, html, "nyt_1.txt")
    assert texts == ["安全专家在周五估计，有多达3万个组织受到影响。"], texts
    # guard: a last paragraph that opens with a Latin name and says no job is the article's
    texts = _read(tmp_path, "<p>安全专家估计。</p><p>Brian Krebs首先报道了这个细节。</p>", "nyt_2.txt")
    assert any("Krebs" in t for t in texts), texts


def test_a_date_in_a_title_is_nothing_to_count_from(x: Extractor) -> None:
    """《周六夜现场》…两年后: the show's weekday dates nothing, so 两年后 counts from nothing (guard: a year)."""
    text = "那次采访在《周六夜现场》的滑稽模仿剧中重现。两年后，她因躲避摄影师的追赶而发生车祸，死于巴黎。"
    assert _kinds(x, text, published=date(2021, 3, 8)) == []
    found = _kinds(x, "戴安娜于1995年接受采访。两年后，她因车祸死于巴黎。", published=date(2021, 3, 8))
    assert (EventKind.DEATH, date(1997, 1, 1)) in [(k, d) for k, d, _ in found], found


def test_a_visit_inside_a_word_and_a_language_are_no_event_and_no_body(x: Extractor) -> None:
    found = _kinds(x, "2019年8月，俄罗斯人就有了高级别的系统访问权限。", published=date(2021, 3, 8))
    assert EventKind.VISIT not in {k for k, _, _ in found}, found
    found = _found("在社交网站上的俄语丶德语丶西班牙语账户宣称。")
    assert not {n for n, k in found if k == "Organization"}, found


_DEV12_NAMES = [
    # a Latin name that speaks, or one after a host's or an organiser's title, is a person's (guard: a body)
    ("20岁出头的菲华港人Joe Cai告诉BBC说，他的家庭在港已经三个世代了。", {("Joe Cai", "Person")}, set()),
    ("主持人Tim Sebastian问他。", {("Tim Sebastian", "Person")}, set()),
    ("Google表示。", {("Google", "Organization")}, {("Google", "Person")}),
    # a name the dictionary knows as a place's, after a title and before a Western name (guard: 中美)
    ("以色列阿拉伯裔议员欧德（Ayman Odeh）当时表示。", {("欧德", "Person")}, set()),
    ("中美关系紧张。", {("中", "Place"), ("美", "Place")}, set()),
    # a Latin name that opens with a small letter, a group's Latin name, an outlet after 港媒, a short form
    ("在社交网站vKontakte上的账户宣称。", {("vKontakte", "Organization")}, set()),
    ("根据香港移民支持团体Enrich统计研究指出。", {("Enrich", "Organization")}, set()),
    ("港媒《东方新地》称赞她表演出色。", {("东方新地", "Organization")}, set()),
    ("其他遭港警逮捕的还包含了香港理大学生吕世瑜。", {("香港理大", "Organization"), ("吕世瑜", "Person")}, set()),
    # a description (官媒, 执政党), then the body's name: the body is the named one
    ("朝鲜官媒朝中社还将其形容为武器。", {("朝中社", "Organization")}, {("朝鲜官媒朝中社", "Organization")}),
    ("菲律宾执政党民主人民力量党（PDP-Laban Party）周三正式提名党主席。", {("民主人民力量党", "Organization")},
     {("菲律宾执政党民主人民力量党", "Organization")}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _DEV12_NAMES)
def test_names_from_the_dev12_errors(text: str, wanted: set, unwanted: set) -> None:
    test_names_and_the_words_around_them(text, wanted, unwanted)


def test_an_announcement_last_week_of_what_is_to_come_next_year(x: Extractor) -> None:
    """上周，他宣布明年5月大选中将竞选副总统: announced last week (the May date is the election's)."""
    found = _kinds(x, "上周，杜特尔特宣布明年5月大选中将竞选副总统，此举引发担忧。", published=date(2021, 9, 9))
    assert (EventKind.STATEMENT, date(2021, 8, 30)) in [(k, d) for k, d, _ in found], found


def test_what_a_saying_is_about_dates_the_subject_not_the_saying(x: Extractor) -> None:
    """李家超回应2019年修例风波: no statement of 2019 (guards: a date before the verb; 于 before the date)."""
    assert _kinds(x, "李家超回应2019年修例风波。", published=date(2022, 4, 12)) == []
    assert [d for _, d, _ in _kinds(x, "特朗普周二宣布参加2024年竞选。", published=date(2022, 4, 13))] \
        == [date(2022, 4, 12)]
    assert [d for _, d, _ in _kinds(x, "特朗普宣布于2023年退出。", published=date(2022, 4, 13))] == [date(2023, 1, 1)]


def test_this_year_before_an_age_dates_nothing(x: Extractor) -> None:
    assert _kinds(x, "黄婉华今年32岁，在加拿大出生后没多久，便搬至香港。", published=date(2022, 4, 13)) == []
    assert _kinds(x, "一同获奖的于薇今年20出头，曾经是李政瀚工作室的实习生。", published=date(2022, 4, 13)) == []
    # guard: this year's month
    assert [d for _, d, _ in _kinds(x, "李政瀚今年3月访问北京。", published=date(2022, 4, 13))] == [date(2022, 3, 1)]


def test_a_name_read_with_its_royal_title_is_the_person_named_without_it() -> None:
    text = "在童话般的婚礼上与哈里王子(Prince Harry)结婚一年后，梅根·马克尔说。哈里与奥普拉一起回忆了那场悲剧。"
    assert _entity(text, "哈里王子").key == _entity(text, "哈里").key


def test_a_latin_name_and_a_broadcaster_s_head_is_the_broadcaster() -> None:
    """CBS电视台 is CBS (guard: a company's Latin name and 公司, as before)."""
    text = "奥普拉·温弗里的采访在周日晚上于CBS电视台播出。备受期待的CBS采访。"
    assert _entity(text, "CBS电视台").key == _entity(text, "CBS").key
    assert _entity("Freightos公司说", "Freightos公司").name == "Freightos"


def test_a_coup_is_a_conflict_event(x: Extractor) -> None:
    found = _kinds(x, "2月1日，缅甸发生军事政变。", published=date(2021, 3, 15))
    assert [(k, d) for k, d, _ in found] == [(EventKind.ATTACK, date(2021, 2, 1))], found
