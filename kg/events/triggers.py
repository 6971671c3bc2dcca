"""The words that report an event, kept as data: each with the kind of event it reports."""

from __future__ import annotations

# kind -> the words that report it. Verbs and nouns of news Chinese; the longest match wins.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "PhoneCall": ("通电话", "通话", "电话会谈", "在电话中", "视频通话", "视频会晤", "致电"),
    "Meeting": ("会晤", "会见", "会谈", "会面", "举行了会议", "举行会议", "接见", "接待", "见面"),
    "Summit": ("峰会", "首脑会议", "大会"),
    "Attack": ("发起全面攻击", "发动攻击", "发起攻击", "入侵", "进攻", "袭击", "空袭", "轰炸"),
    "Agreement": ("签署", "达成协议", "签订", "缔结"),
    "Opening": ("开通", "开幕", "落成", "通车", "启用", "揭幕"),
}

# Labels, by kind: {a} and {b} are the first two participants (or the place), {w} the trigger.
LABELS = {
    "PhoneCall": "{a}与{b}通电话",
    "Meeting": "{a}与{b}会晤",
    "Attack": "{a}对{b}发起攻击",
    "Agreement": "{a}与{b}签署协议",
}

# Nouns that need a name before them to be an event (北约峰会, 联合国大会), not a word alone.
NEEDS_NAME = frozenset({"峰会", "首脑会议", "大会"})

# Words before a trigger, in its clause, that say it did not or may not happen: no event is reported.
NEGATIONS = ("没有", "没", "未", "并未", "否认", "拒绝", "不会", "无意", "取消", "推迟")
HYPOTHETICALS = ("可能", "如果", "若", "假如", "倘若", "愿", "希望", "寻求", "推进", "或将", "拟", "考虑", "有望")
