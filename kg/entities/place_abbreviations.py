"""One-character short forms of places, as news Chinese writes them in pairs and compounds (中美关系,
访华, 京津冀), and the two-character pairs of them that are also a place's name (中欧): which place each
stands for, and the words around them that tell which is meant."""

from __future__ import annotations

from kg.entities.spans import PLACE, Span, Tokens

# One-character short forms of places, as news Chinese writes them in pairs and compounds (中美关系,
# 访华, 京津冀): the trained tagger finds them in context; this table says which place each stands
# for. Only where the tagger proposes one: 中 alone is mostly not China.
ABBREVIATIONS = {
    "中": "中国", "华": "中国", "美": "美国", "俄": "俄罗斯", "日": "日本", "韩": "韩国", "朝": "朝鲜",
    "英": "英国", "法": "法国", "德": "德国", "意": "意大利", "加": "加拿大", "澳": "澳大利亚",
    "印": "印度", "越": "越南", "菲": "菲律宾", "泰": "泰国", "欧": "欧洲", "乌": "乌克兰", "以": "以色列",
    "巴": "巴勒斯坦", "伊": "伊朗", "墨": "墨西哥", "台": "台湾", "港": "香港", "京": "北京", "沪": "上海",
    "津": "天津",
    "渝": "重庆", "藏": "西藏", "疆": "新疆", "陕": "陕西", "粤": "广东", "闽": "福建", "川": "四川",
    "鲁": "山东", "豫": "河南", "冀": "河北", "晋": "山西", "苏": "江苏", "浙": "浙江", "皖": "安徽",
    "赣": "江西", "湘": "湖南", "鄂": "湖北", "桂": "广西", "琼": "海南", "滇": "云南", "黔": "贵州",
    "辽": "辽宁", "吉": "吉林", "黑": "黑龙江", "蒙": "内蒙古", "宁": "宁夏", "甘": "甘肃", "青": "青海",
}
# Those of countries (and Europe, Hong Kong, Taiwan): two of them the gazetteer knows no place by are a pair
# (美英, 英法, 中港).
COUNTRY_ABBREVIATIONS = frozenset("中华美俄日韩朝英法德意加澳印越菲泰欧乌以巴伊墨港台")
# After a one-character short form, what makes it a people or a tongue (华人, 华裔, 华侨, 华语).
PEOPLE_AFTER_SHORT_FORM = frozenset("人 裔 侨 语 文 籍".split())

# Short place names that are also a pair of country abbreviations, and the words that give that away:
# "中欧关系" is China–EU relations, not Central Europe.
PAIR_WORDS = frozenset("""
关系 合作 贸易 投资 峰会 双方 之间 班列 对话 友好 伙伴 竞争 会晤 战略 联合 交流 专家 论坛
互信 建交 经贸 首脑 领导人 谈判 协定 协议 分歧 摩擦 争端 交往 往来
""".split())
PAIR_LIKE = frozenset("""
中欧 中美 中俄 中日 中韩 中英 中法 中德 中印 中澳 中非 中东欧
""".split())


def pair_abbreviation(s: Span, tok: Tokens) -> bool:
    """中欧 before 关系 is China–EU, not Central Europe; 美英 (no place the gazetteer knows) is two."""
    if s.kind is not PLACE:
        return False
    if not s.key and len(s.name) == 2 and all(c in COUNTRY_ABBREVIATIONS for c in s.name) \
            and ABBREVIATIONS[s.name[0]] != ABBREVIATIONS[s.name[1]]:
        return True  # (not 中华: one country)
    if s.end not in tok.at_end:
        return False
    i = tok.at_end[s.end] + 1
    text = "".join(tok.words[tok.at_start[s.start]:i]) if s.start in tok.at_start else ""
    return text in PAIR_LIKE and i < len(tok) and tok.words[i] in PAIR_WORDS
