"""The words that report an event, kept as data: each kind of event (kg.model.EventKind), the ACE
2005 class it belongs to, and the words of news Chinese that report it. The longest word wins."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import EventKind as K


@dataclass(frozen=True, slots=True)
class EventType:
    kind: K
    ace: str  # the ACE 2005 main class (kg:ContactEvent …), or "" for what news needs beyond ACE
    words: tuple[str, ...]
    sentence_dates: bool = False  # takes a date from anywhere in its sentence, not only its clause


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


TYPES: tuple[EventType, ...] = (
    # Contact
    EventType(K.MEETING, "ContactEvent", _w("会晤 会见 会谈 会面 举行了会议 举行会议 接见 接待 见面 举行会谈 磋商 谈话 举行谈话"), True),
    EventType(K.PHONE_CALL, "ContactEvent", _w("通电话 通话 电话会谈 在电话中 视频通话 视频会晤 致电"), True),
    EventType(K.SUMMIT, "ContactEvent", _w("峰会 首脑会议 大会 论坛")),
    # Movement
    EventType(K.VISIT, "MovementEvent", _w("访问 出访 到访 访华 国事访问 抵达 造访 访美 访俄 访日 访欧 前往 拜访")),
    # Conflict
    EventType(K.ATTACK, "ConflictEvent", _w("发起全面攻击 发动攻击 发起攻击 入侵 进攻 袭击 空袭 轰炸 刺伤 持刀 枪击 遇袭 刺杀 击中")),
    EventType(K.PROTEST, "ConflictEvent", _w("抗议 示威 游行 集会 罢工")),
    EventType(K.WAR, "ConflictEvent", _w("战争爆发 爆发战争 开战 战争开始 战争结束 停战")),
    # Life
    EventType(K.DEATH, "LifeEvent", _w("死亡 去世 逝世 身亡 遇难 丧生 遇害 不治 死于")),
    # Justice
    EventType(K.ARREST, "JusticeEvent", _w("逮捕 拘留 被捕 拘捕 羁押")),
    EventType(K.CHARGE, "JusticeEvent", _w("起诉 控告 提起公诉")),
    EventType(K.TRIAL, "JusticeEvent", _w("审判 开庭 受审 庭审")),
    EventType(K.SENTENCE, "JusticeEvent", _w("判处 判刑 宣判 被判")),
    EventType(K.RULING, "JusticeEvent", _w("裁定 裁决 判决")),
    EventType(K.INVESTIGATION, "JusticeEvent", _w("展开调查 启动调查 发起调查 立案调查 反倾销调查 反补贴调查 开始调查")),
    EventType(K.LAWSUIT, "JusticeEvent", _w("提起诉讼 提起诉讼 诉讼")),
    # Personnel
    EventType(K.ELECTION, "PersonnelEvent", _w("选举 大选 当选 胜选 初选 赢得选举 选举日")),
    EventType(K.APPOINTMENT, "PersonnelEvent", _w("任命 就任 就职 上任 宣誓就职 提名")),
    EventType(K.RESIGNATION, "PersonnelEvent", _w("辞职 下台 辞去 卸任")),
    # Transaction and Business
    EventType(K.AGREEMENT, "TransactionEvent", _w("签署 达成协议 签订 缔结 达成一致 商定 达成停火协议"), True),
    EventType(K.DEAL, "TransactionEvent", _w("收购 并购 合并 入股")),
    # Business
    EventType(K.FOUNDING, "BusinessEvent", _w("成立 创立 创办 成立了")),
    EventType(K.DISSOLUTION, "BusinessEvent", _w("解体 解散 倒闭 宣告破产 申请破产")),
    # What news needs beyond ACE
    EventType(K.STATEMENT, "", _w("宣布 发表讲话 发表声明 讲话 致辞 回应 记者会 新闻发布会 表示 声称 警告 透露 说 所说 告知 提到 重申 发布公告 指出 强调")),
    EventType(K.VOTE, "", _w("投票 表决 公投")),
    EventType(K.LEGISLATION, "", _w("通过法案 签署法案 颁布 立法 通过了法案")),
    EventType(K.POLICY_MEASURE, "", _w("加征关税 征收关税 征收临时关税 宣布制裁 实施制裁 制裁 禁令 生效 出台 开始实施")),
    EventType(K.LAUNCH, "", _w("发射 升空 推出 发布会")),
    EventType(K.RELEASE, "", _w("上映 首映 发布报告 出版 发行 公布了")),
    EventType(K.DISASTER, "", _w("台风 地震 洪水 火灾 登陆 暴雨 山火")),
    EventType(K.ACCIDENT, "", _w("坠毁 相撞 撞车 事故 出轨")),
    EventType(K.OPENING, "", _w("开通 开幕 落成 通车 启用 揭幕")),
    EventType(K.ACCESSION, "", _w("加入 正式加入 入世 入盟")),
)
BY_KIND = {t.kind: t for t in TYPES}
TRIGGERS: dict[K, tuple[str, ...]] = {t.kind: t.words for t in TYPES}

# Labels, by kind: {a} and {b} are the first two participants (or the place), {w} the trigger.
LABELS = {
    K.PHONE_CALL: "{a}与{b}通电话",
    K.MEETING: "{a}与{b}会晤",
    K.ATTACK: "{a}对{b}发起攻击",
    K.AGREEMENT: "{a}与{b}签署协议",
}

# Nouns that need a name before them to be an event (北约峰会, 联合国大会), not a word alone.
NEEDS_NAME = frozenset({"峰会", "首脑会议", "大会", "论坛"})

# Words before a trigger, in its clause, that say it did not or may not happen: no event is reported.
NEGATIONS = ("没有", "没", "未", "并未", "否认", "拒绝", "不会", "无意", "取消", "推迟")
HYPOTHETICALS = ("可能", "如果", "若", "假如", "倘若", "愿", "希望", "寻求", "推进", "或将", "拟", "考虑", "有望")
