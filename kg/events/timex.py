"""The time expressions of news Chinese, as data: the one regular expression that finds them (each
kind a named group), the words of the future, and the tables of numerals and offsets that
kg.events.dates resolves them with."""

from __future__ import annotations

import re

import rjieba

from kg.events.triggers import TRIGGER_WORDS

DIGIT = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
CN = "一二两三四五六七八九十"
N = rf"(?:\d{{1,2}}|[{CN}]{{1,3}})"  # 1-31 in either script
Y4 = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})"
# 中 is mid-month, not the first character of a word after a month (2019年6月|中国领导人, 6月|中方)
PART = r"(?:初|上旬|中旬|下旬|底|末|中(?![国共央方文东南西北日美欧印俄韩朝港台澳非亚德法英意部心期学医]))"
WK = r"(?:周|星期|週|礼拜|禮拜)"
SEASON = r"(?:春天|夏天|秋天|冬天|春季|夏季|秋季|冬季)"
REL_Y = r"(?:大前年|前年|去年|本年度|今年|明年|后年|後年)"
REL_M = r"(?:上上个月|上个月|上個月|上月(?!球)|本月|这个月|這個月|下个月|下個月|下月)"
# 昨晚, 今晨: a part of the day named with its day (not 今晚报, a newspaper)
DAYW = r"(?:大前天|前天|昨天|昨日|昨晚|昨夜|今天|今早|今晨|今晚(?!报)|明天|明日|明早|明晚|大后天|后天)"
# Days of the calendar news names by their name, after a year (2019年的七一: 1 July 2019)
HOLIDAYS = {"七一": (7, 1), "五一": (5, 1), "元旦": (1, 1), "国庆节": (10, 1), "国庆日": (10, 1), "国庆": (10, 1),
            "劳动节": (5, 1), "圣诞节": (12, 25), "平安夜": (12, 24), "情人节": (2, 14), "万圣节": (10, 31)}
# 25年前的今天, 去年的今天: this day of the month, that many years (or months) before
THIS_DAY = r"(?:的)?(?:今天|今日|这一天|這一天)"

# What 号 numbers where it is no day of the month: documents, vehicles, buildings, places, people.
NUMBERED = ("(?:文件|令|决议|火箭|卫星|飞船|探测器|运载|楼|码头|仓库|线|机|舱|房|床|门|公路|院|馆|厅|室|桥|站|车|"
            "口岸|窗口|种子|人物|选手|球员|病人|患者|病例|牌|球场|场)")
STREET = "[街路巷弄道]"
FIRST = "0-9〇零○一二两三四五六七八九十上本这這下今去明前后後大昨周星週礼禮过過次翌数几近日不早当當同此最第该該头隔"
# Words that place a happening in no time one can name (数天前, 近日; 当时 with nothing before it).
VAGUE = ("数天前", "几天前", "数日前", "近日", "日前", "不久前", "早些时候", "当时", "此前", "近期", "最近")
PATTERN = re.compile(
    rf"(?=[{FIRST}])(?:" + "|".join([
        r"(?P<iso>(?<!\d)\d{4}-\d{2}-\d{2})(?P<isotime>[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?P<z>Z)?)?",
        rf"(?P<decade>(?:(?P<dcent>上个?世纪|\d{{2}}世纪|[{CN}]{{2,3}}世纪)?(?P<dyear>\d{{3}}0|\d0))年代)",
        rf"(?P<century>(?P<cnum>\d{{1,2}}|[{CN}]{{1,3}})世纪)",
        rf"(?P<yspan>(?:(?P<sy>{Y4})年)?(?P<sm>{N})月(?P<sd>{N})[日号]?(?:至|到|—|–|-|~|～)(?:(?P<em>{N})月)?(?P<ed>{N})[日号])",
        rf"(?P<yrange>(?P<yr1>{Y4})年?(?:到|至|—|–|-|~|～)(?P<yr2>{Y4})年)",
        # 1978 年, 8 月25日, 2021 年 9 月 8 日: spaces around the numerals, as some translations write them
        rf"(?P<year>{Y4}) ?年(?: ?(?P<ym>{N}) ?月(?: ?(?P<yd>{N}) ?[日号]|(?P<ypart>{PART}))?"
        rf"|的?(?P<holiday>{'|'.join(sorted(HOLIDAYS, key=len, reverse=True))}))?"
        r"(?![第][0-9一二三四五六七八九十百]+[号號期])",  # 2022年第115号…批示: a document's number
        rf"(?P<rely>{REL_Y})(?: ?(?P<rm>{N}) ?月(?: ?(?P<rd>{N}) ?[日号]|(?P<rpart>{PART}))?|(?P<rseason>{SEASON})"
        rf"|(?P<rypart>初|底|末)|(?P<rtoday>{THIS_DAY}))?",
        r"(?P<season1>今|去|明)(?P<sch>春|夏|秋|冬)(?![天季节])",
        rf"(?P<relm>{REL_M})(?:(?P<relmd>{N})[日号]|(?P<mpart>{PART}))?",
        # (not 一月后 and 两月内, "a month later", "within two months", nor 为期一月, "for a month": a length of time)
        rf"(?<!为期)(?<!长达)(?<!历时)(?!两)(?P<m>{N}) ?月(?!(?<=一月)(?:之|以)?[后後内])"
        rf"(?: ?(?P<d>{N}) ?[日号]|(?P<part>{PART}))?",
        rf"(?P<wd_all>(?:(?P<wk>上上|上|本|这|這|下下|下)个?)?{WK}(?P<wd>[一二三四五六日天]))(?![一二三四五六七八九十\d])",
        # (not 9月一个周末, 每个周末: a weekend the text does not say, or every one)
        r"(?<!一个)(?<!某个)(?<!每个)(?<!每)(?P<weekend>(?:(?P<wkend>上上|上|本|这|這|下下|下)个?)?(?:周末|週末))",
        rf"(?P<week>上上|上|本|这|這|下下|下)个?{WK}(?![一二三四五六日天末年])",
        r"(?P<quarter>上|本|这|下)个?季度",
        rf"(?P<past>过去|過去)(?P<pn>\d{{1,3}}|[{CN}]{{1,3}})(?P<pu>天|日|周|個月|个月|年)",
        # 33年前的6月4日: a day of the month, that many years before
        rf"(?P<ago>(?<![几数])(?P<an>\d{{1,4}}|[{CN}]{{1,3}})(?P<au>年|个月|個月|天|周|星期)(?:之)?前(?:(?P<atoday>{THIS_DAY})"
        rf"|(?<=年前)的(?P<am>{N})月(?:(?P<ad>{N})[日号])?)?)",
        rf"(?P<anniv>(?P<anum>\d{{1,3}}|[{CN}]{{1,4}})周年)",
        rf"(?P<day>{DAYW}|(?<![《“])今日(?![秀报報头頭]))",
        # the day after the day named before: 次日, 翌日, 隔天, 第二天 (not 第二天然气田; 隔天一次, every
        # other day, is a habit, which no event takes)
        r"(?P<next>次日|翌日|隔天|隔日|第二天(?!然)|第二日)",
        r"(?P<dayafore>此前一天|前一天|前一日|头一天|前一晚|前一夜)",
        # Dates that count from the date named before them in the paragraph (2015年……同年10月, 三年后).
        # not 应该年底, 不同年份, 相当年轻: the word before them owns their first character
        rf"(?P<thisyear>(?<![应應不相共])(?P<ty>同年|当年|當年|该年|該年|次年|翌年|第二年)(?![轻輕龄齡纪紀代级級份])"
        rf"(?:(?P<tym>{N})月(?:(?P<tyd>{N})[日号]|(?P<typart>{PART}))?)?)",
        rf"(?P<thismonth>(?<![应應不相共])(?P<tm>同月|当月|當月|次月|翌月)(?![球亮份薪])(?:(?P<tmd>{N})[日号])?)",
        # 三年后 opening a clause (not 排放4年后, which counts from the discharge, a happening)
        rf"(?P<later>(?<![^，。；！？,;!?\s「“在于到])(?P<ln>\d{{1,3}}|[{CN}]{{1,3}})"
        r"(?P<lu>年|个月|個月|天|周|星期)(?:之)?(?:后|後))",
        r"(?P<same>当天|當天|当日|當日|同日|同一天|当晚|當晚)",
        # a span of days of one month (12日至17日), the month from around it as for one such day
        r"(?<![\d〇零一二三四五六七八九十月年号號])(?P<bspan>(?P<bsd>\d{1,2})[日号]?(?:至|到|—|–|~|～)(?P<bed>\d{1,2})[日号])",
        # 号 after Chinese numerals names a thing, not a day (空军一号, 长征五号, 二号人物): digits only.
        # …and before a thing it numbers, 号 is no day (28号文件, 9号火箭, 10号仓库), nor after a street (唐宁街10号).
        # …nor a count of days of detention (处以15日行政拘留, 拘留10日)
        rf"(?<![\d〇零一二三四五六七八九十月年号號])(?<!拘留)(?<!处以)(?P<bare>\d{{1,2}}(?:日|(?<!{STREET}\d)(?<!{STREET}\d\d)号(?!{NUMBERED}))"
        rf"|[{CN}]{{1,3}}日)"
        r"(?!前(?!往)|后|後|内|內|元|行政拘留|拘留)",
        "(?P<vague>" + "|".join("(?<![\\d〇零一二三四五六七八九十])日前" if w == "日前" else w for w in VAGUE) + ")",
     ]) + ")"
)
# A plan said not to exist (没有计划, 不打算) looks ahead at nothing, nor does a plan made before
# (原计划, 原定于: what was planned then, see PAST).
_PLANNED = r"(?<!没有)(?<!没)(?<!不)(?<!无)(?<!原)(?<!本来)(?<!原本)(?:计划|計劃|打算)"
_SET_FOR = r"(?<!原)(?<!原本)(?<!本来)定于|(?<!原)(?<!原本)(?<!本来)定於"
FUTURE = re.compile(r"将(?![军领士近])|將(?![軍領士近])|即将|" + _PLANNED + r"|预计|預計|预定|" + _SET_FOR
                    + r"|暂定|届时|屆時"
                    r"|下周|下週|准备在|准备于|正准备|必须在|必须于|会在|会于|距离|距離"
                    r"|争取在|争取于|力争在|力争于|想在|希望在|希望于|拟于|拟在|有望在|有望于|要在"  # aims
                    r"|越来越近|日益临近|日渐临近|(?<![已])在即")  # 11月美国大选越来越近: drawing near
# 将 also brings forward the object of a deed done (台积电将第一家工厂的投产推迟到2025年, 腾讯周三将其
# 股份…): the word after it is then a noun, a name, a numeral or a pronoun, where the future's 将 has
# a verb, an adverb or a preposition (将达到, 将不再, 将对). Pronouns that ask how are the future's.
_BA_OBJECT_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "m", "r"})
_NOT_OBJECTS = ("如何", "怎样", "怎么", "怎麼", "这样", "這樣")
_BA_WINDOW = 6  # characters: enough to tag the word after 将


def looks_ahead(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """A word of the future (`pattern`) in text[start:end], not a 将 of a deed done."""
    for m in pattern.finditer(text, start, end):
        if m.group() in ("会在", "会于") and not _will(text, m.start()):
            continue  # 国会在周二通过, 大会在…闭幕: a body's 会, no "will"
        if m.group() in ("将", "將"):
            following = rjieba.tag(text[m.end():m.end() + _BA_WINDOW])
            if following and following[0][1] in _BA_OBJECT_TAGS and not following[0][0].startswith(_NOT_OBJECTS) \
                    and following[0][0] not in TRIGGER_WORDS:
                continue  # (将投票: the word after 将 names a happening, the future's verb, however tagged)
        return True
    return False

def _will(text: str, at: int) -> bool:
    """The 会 at `at` is a word of its own, the modal (特朗普会在周四发表演说), not the end of a body's
    name or a meeting (国会, 大会, 记者会)."""
    return "会" in rjieba.cut(text[max(0, at - 4):at + 2])


# Words that put a deed in the past (周泰来供称，在9月19日曾接载陈彦霖, in a story of 11 September: last
# year's 19 September; 古思尧原计划在2月4日…, a plan made before). 曾 and 已 only right after the date:
# elsewhere 曾 is as often a surname (曾荫权).
PAST = re.compile("曾经|曾經|已经|已經|已于|已於|早在|当时|當時|原计划|原計劃|原本计划|本来计划|原定|原订|原訂|原本定于"
                  "|本来定于")
PAST_AFTER_A_DATE = ("曾", "已")
FUTURE_STRONG = re.compile(r"将于|將於|将在|將在|将会|將會|将要|將要|即将|即將|" + _PLANNED
                           + r"|预计|預計|预定|" + _SET_FOR
                           + r"|暂定|届时|屆時|准备在|准备于|正准备")
CLAUSE = "，。；！？,;!?\n"
QUOTE_OPENS = "：:“「"  # what opens a quotation, which is no part of the clause that says it
DAY_WORDS = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "今天": 0, "今日": 0,
             "今早": 0, "今晨": 0, "今晚": 0, "明天": 1, "明日": 1, "明早": 1, "明晚": 1, "后天": 2, "大后天": 3}
WEEK_OFFSET = {"上上": -2, "上": -1, "本": 0, "这": 0, "這": 0, "下": 1, "下下": 2, None: 0}
REL_Y_OFFSET = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "本年度": 0, "明年": 1, "后年": 2, "後年": 2}
REL_M_OFFSET = {"上上个月": -2, "上个月": -1, "上個月": -1, "上月": -1, "本月": 0, "这个月": 0, "這個月": 0,
                 "下个月": 1, "下個月": 1, "下月": 1}
