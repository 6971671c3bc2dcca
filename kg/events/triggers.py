"""The words that report an event, kept as data: each kind of event (kg.model.EventKind), the ACE
2005 class it belongs to, and the words of news Chinese that report it. The longest word wins."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import rjieba

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
    EventType(K.MEETING, "ContactEvent", _w("会晤 会见 会谈 会面 危机会议 紧急会议 举行了会议 举行会议 接见 接待 见面 举行会谈 磋商 谈话 举行谈话 出席 共进晚餐 举行晚宴 晚宴上 午宴 座谈 面谈 会晤了 交谈"), True),
    EventType(K.PHONE_CALL, "ContactEvent", _w("通电话 通话 电话会谈 在电话中 视频通话 视频会晤 致电 打电话给 打给"), True),
    EventType(K.SUMMIT, "ContactEvent", _w("峰会 首脑会议 大会 论坛 会议 高层会议 高级别会议 峰会上")),
    # Movement
    EventType(K.VISIT, "MovementEvent", _w("停留 访问 出访 到访 访华 国事访问 抵达 造访 访美 访俄 访日 访欧 前往 拜访 参观 考察 视察 访朝 访韩 访台 访港 飞往 启程 抵京 访问了 到达 出访了 探望 看望")),
    EventType(K.TRANSPORT, "MovementEvent", _w("搬到 搬往 搬至 迁居 移居 定居 迁往 迁至 逃往 逃离 出逃 流亡 撤离 撤出 疏散 撤侨 回国 返回 返抵 遣送 送回 送往 押送")),
    # Conflict
    EventType(K.ATTACK, "ConflictEvent", _w("发起全面攻击 发动攻击 发起攻击 入侵 进攻 袭击 空袭 轰炸 刺伤 持刀 枪击 遇袭 刺杀 击中 攻击 炮击 开火 射杀 杀害 导弹袭击 砍伤 纵火 殴打 围殴 暴打 打伤 遇刺 中弹 开枪 暗杀 行刺 打死 政变 军事政变 发动政变 吞并 炸毁 摧毁")),
    EventType(K.PROTEST, "ConflictEvent", _w("抗议 示威 游行 集会 罢工 静坐 请愿 示威活动 抗议活动")),
    EventType(K.WAR, "ConflictEvent", _w("战争爆发 爆发战争 开战 战争开始 战争结束 停战")),
    # Life
    EventType(K.DEATH, "LifeEvent", _w("死亡 去世 逝世 身亡 遇难 丧生 遇害 不治 死于 病逝 身故 遇刺身亡 自杀 被杀 丧命 殒命 而死")),
    # Justice
    EventType(K.ARREST, "JusticeEvent", _w("逮捕 遭捕 拘留 被捕 拘捕 羁押 扣押 抓获 抓捕 被拘 拘押 扣留 捕获")),
    EventType(K.CHARGE, "JusticeEvent", _w("起诉 加控 控告 提起公诉 指控 提出指控 刑事指控 弹劾")),
    EventType(K.TRIAL, "JusticeEvent", _w("审判 开庭 受审 庭审")),
    EventType(K.SENTENCE, "JusticeEvent", _w("判处 判刑 宣判 被判")),
    EventType(K.RULING, "JusticeEvent", _w("裁定 裁决 判决")),
    EventType(K.INVESTIGATION, "JusticeEvent", _w("展开调查 启动调查 发起调查 立案调查 反倾销调查 反补贴调查 开始调查 进行调查 介入调查 调查了 展开了调查")),
    EventType(K.LAWSUIT, "JusticeEvent", _w("提起诉讼 提起诉讼 诉讼")),
    # Personnel
    EventType(K.ELECTION, "PersonnelEvent", _w("选举 大选 当选 胜选 初选 决选 赢得选举 选举日 连任 再度当选 再次当选")),
    EventType(K.APPOINTMENT, "PersonnelEvent", _w("任命 就任 就职 上任 宣誓就职 提名 出任 被任命 接任 任职 履新 上台 选为 重返白宫 入主白宫 登基")),
    EventType(K.RESIGNATION, "PersonnelEvent", _w("辞职 下台 辞去 卸任 离职 辞任 被解职 解雇 开除 罢免 撤职 免职")),
    # Transaction and Business
    EventType(K.AGREEMENT, "TransactionEvent", _w("签署 达成协议 签订 缔结 达成一致 商定 达成停火协议 同意 签约 达成协定 达成了协议 签署了 建交"), True),
    EventType(K.DEAL, "TransactionEvent", _w("收购 并购 合并 入股")),
    # Business
    EventType(K.FOUNDING, "BusinessEvent", _w("成立 创立 创办 成立了")),
    EventType(K.DISSOLUTION, "BusinessEvent", _w("解体 解散 倒闭 宣告破产 申请破产 破产 被注销")),
    # The other ACE 2005 subtypes
    EventType(K.BIRTH, "LifeEvent", _w("出生 诞生 降生 生于")),
    EventType(K.MARRIAGE, "LifeEvent", _w("结婚 成婚 完婚 举行婚礼 订婚")),
    EventType(K.DIVORCE, "LifeEvent", _w("离婚")),
    EventType(K.GRADUATION, "LifeEvent", _w("毕业")),
    EventType(K.INJURY, "LifeEvent", _w("受伤 负伤 重伤 轻伤 炸伤 烧伤")),
    EventType(K.ILLNESS, "LifeEvent", _w("确诊 检测呈阳性 呈阳性 感染了 染疫 住院 病倒 接种疫苗 接种了疫苗 出院")),
    EventType(K.MONEY_TRANSFER, "TransactionEvent", _w("捐款 捐赠 捐助 拨款 资助 援助 提供援助 赔偿 支付 兑付")),
    EventType(K.CUSTODY_RELEASE, "JusticeEvent", _w("释放 获释 假释 保释 出狱 放人")),
    EventType(K.CONVICTION, "JusticeEvent", _w("定罪 被判有罪 罪名成立 认罪")),
    EventType(K.FINE, "JusticeEvent", _w("罚款 处以罚款 罚金 开出罚单")),
    EventType(K.EXECUTION, "JusticeEvent", _w("处决 执行死刑 枪决")),
    EventType(K.EXTRADITION, "JusticeEvent", _w("引渡 遣返")),
    EventType(K.ACQUITTAL, "JusticeEvent", _w("无罪释放 宣判无罪 判决无罪 宣布无罪 被判无罪 撤销指控 撤诉")),
    EventType(K.APPEAL, "JusticeEvent", _w("上诉 提出上诉 申诉")),
    EventType(K.PARDON, "JusticeEvent", _w("赦免 特赦 大赦 减刑")),
    # What news needs beyond ACE
    EventType(K.STATEMENT, "", _w("宣布 通报 发表讲话 发表声明 讲话 致辞 回应 记者会 新闻发布会 表示 声称 警告 透露 说 所说 称 告知 提到 重申 发布公告 指出 强调 披露 写道 告诉 证实 提出 威胁 报道称 报道说 发文 批评 指责 谴责 呼吁 承诺 宣称 否认 表态 发表 做简报 简报会 声明中 在声明中 发声明 宣告 鼓励 敦促 促请 要求 告知了 发布声明 发言 祝贺")),
    EventType(K.VOTE, "", _w("投票 表决 公投")),
    EventType(K.LEGISLATION, "", _w("通过法案 签署法案 颁布 立法 通过了法案 批准 签署法律 签署了法案 通过法律 否决 通过了一项法律 通过了一项法案 通过修正案 通过了修正案 通过决议 通过了决议 通过了一项决议 通过的一项法律 通过的法律 通过的法案 通过的一项法案 通过了宪法草案 通过宪法草案 通过了宪法修正案 通过宪法修正案 通过了法律草案 通过法律草案")),
    EventType(K.POLICY_MEASURE, "", _w("加征关税 征收关税 征收临时关税 宣布制裁 实施制裁 制裁 禁令 生效 出台 开始实施 宣布紧急状态 紧急状况 紧急状态 屏蔽 解除禁令 解除了禁令 解除限制 解除封锁 解除制裁 解除戒严 降至 下调关税 上调关税 提高关税 降低关税 加征 实施 推行 禁止 放假 下令 征收 加息 降息 封城 实施封锁 宣布封锁 下令封锁 全面封锁 关闭")),
    EventType(K.LAUNCH, "", _w("发射 升空 推出 发布会 首发 亮相 发射了 试射")),
    EventType(K.RELEASE, "", _w("上映 首映 发布报告 出版 发行 公布了 公布的 发布了 发布的 发布一份 公布一份 上线 公映 播出 发售 上市 首播 印发")),
    EventType(K.DISASTER, "", _w("台风 地震 强震 余震 洪水 火灾 登陆 暴雨 山火 野火 热浪 高温 寒潮 暴风雪 沙尘暴 飓风 海啸 大流行 疫情暴发 疫情爆发 干旱 雪灾 泥石流 山体滑坡 龙卷风 爆发疫情")),
    EventType(K.ACCIDENT, "", _w("坠毁 相撞 撞车 事故 出轨 沉没 脱轨 失事 坍塌 倒塌 垮塌 塌方 爆炸 熔毁")),
    EventType(K.OPENING, "", _w("开通 剪彩 开幕 落成 通车 启用 揭幕 开业 开张 开始运行 投入运营 投入使用")),
    EventType(K.ACCESSION, "", _w("加入 正式加入 入世 入盟")),
    # A crisis its date names (2008年金融危机), found by kg.events.given, not by a word alone.
    EventType(K.CRISIS, "", ()),
    # Any other happening a clause dates, found by its verb (kg.events.happenings), not by a word.
    EventType(K.OCCURRENCE, "", ()),
)
BY_KIND = {t.kind: t for t in TYPES}
TRIGGERS: dict[K, tuple[str, ...]] = {t.kind: t.words for t in TYPES}
TRIGGER_WORDS = frozenset(w for t in TYPES for w in t.words)  # every kind's

# Kinds whose object is a work: what is released, launched, enacted or published.
WORK_KINDS = frozenset({K.RELEASE, K.LAUNCH, K.LEGISLATION, K.OCCURRENCE})
# Kinds whose participants are people, or organizations when the clause names no one (CONCLUDED).
PEOPLE_ONLY = frozenset({K.MEETING, K.PHONE_CALL, K.AGREEMENT})
# Kinds whose trigger names what happened to no one in particular (疫情暴发, 地震, 战争爆发): a
# clause that leaves out its subject does not take the sentence's topic for them.
OWN_SUBJECT = frozenset({K.DISASTER, K.ACCIDENT, K.WAR, K.LAUNCH, K.ELECTION, K.PROTEST, K.RELEASE, K.ILLNESS})
# Attacks on people (殴打王晋年, 刺伤两名警察): the people are its parties, and no place need be named.
PERSONAL_ATTACKS = frozenset(_w("殴打 围殴 暴打 打伤 刺伤 砍伤 射杀 杀害 刺杀 遇刺 中弹 枪击 行刺 暗杀 打死"))
# …and those whose person comes before the word, who suffered it (特朗普遇刺, 里根肺部中弹, 吉福兹遭枪击)
SUFFERED = frozenset(_w("遇刺 中弹 遇袭"))

# Labels, by kind: {a} and {b} are the first two participants (or the place), {w} the trigger.
LABELS = {
    K.PHONE_CALL: "{a}与{b}通电话",
    K.MEETING: "{a}与{b}会晤",
    K.ATTACK: "{a}对{b}发起攻击",
    K.AGREEMENT: "{a}与{b}签署协议",
}

# Nouns that need a name before them to be an event (北约峰会, 联合国大会), not a word alone.
NEEDS_NAME = frozenset({"峰会", "首脑会议", "大会", "论坛", "会议", "高层会议", "高级别会议", "峰会上"})
# An agreement whose words say it was concluded (协议, 签署, 缔结): countries can be its parties, where
# no one is named (阿塞拜疆和亚美尼亚达成协议); 俄中同意 ("agree") is no treaty.
CONCLUDED = ("协议", "协定", "签", "缔结", "建交")

# Words that hold a trigger but report nothing (小说 is a novel, 说明 explains, 轰炸机 is a bomber).
NOT_TRIGGERS = _w("发言人 发言权 破产法 未经批准 未获批准 破产边缘 濒临破产 创办人 创办者 创立者 出版物 出版社 出版商 来说 遣送制度 选举结果 联席会议 死亡人数 伤亡人数 死亡率 通过决议草案 通过了决议草案 发射中心 发射场 发射台 会议室 会议厅 扣留设施 拘留设施 拘留中心 拘留所 投票站 投票率 记者交谈 媒体交谈 小说 说明 说服 游说 据说 听说 传说 学说 说法 虽说 再说 说是 不用说 换句话说 也就是说 比如说 可以说 就是说 "
                   "称为 称作 称做 称之为 名称 称号 自称 号称 堪称 简称 俗称 据称 被称 人称 昵称 统称 通称 并称 对称 "
                   "称职 称呼 称霸 称得上 称帝 称王 称心 相称 匀称 尊称 泛称 爱称 称重 职称 总称 美称 戏称 别称 "
                   "所称 称雄 称奇 称谓 "
                   "逮捕令 轰炸机 登陆舰 爆炸物 爆炸性 上市公司 通话记录 说唱 毕业生 释放出 出生率 自杀式 引渡条例 连任的 政坛地震 政治地震 政坛海啸 金融海啸 金融风暴 政治风暴 舆论风暴 普通话 称赞 称道 称颂 称许 "
                   "总裁决 发生于 产生于 衍生于 爆炸弹 流亡政府 上任何 机会见 会谈到 会面临 会议员 会议长 访问权限 访问者 访问量 任职初期 下降至 出生人口 死亡人口 到达最高峰 到达高峰 到达峰值 到达顶峰 谈话中")

# Words before a trigger, in its clause, that say it did not or may not happen: no event is reported.
# Calling something off is a deed of its own: the meeting cancelled (取消会晤) did not happen, the
# cancelling (中国当局取消了巡演, 台积电将投产推迟到2025年) did. 不 alone is in too many words (不断, 不少);
# 不与 (不与奥斯汀会晤) is not.
# Hazards that strike (台风袭击台湾, 地震于周日凌晨袭击了土耳其南部): the attack word then reports a disaster.
HAZARDS = _w("台风 飓风 地震 强震 余震 洪水 海啸 暴雨 暴风雪 龙卷风 热浪 寒潮 山火 野火 风暴 沙尘暴")
# What a signing concludes: a law (签署了这项法案: legislation), or an agreement (签署了一项贸易协议).
LAWS = ("法案", "法律", "行政命令", "行政令", "修正案", "条例")
DEALS = ("协议", "协定", "合同", "条约", "公报", "声明", "备忘录")
CALLED_OFF = ("取消", "推迟")
# Refusing is itself a deed (法官拒绝其保释申请, 外交部否认了这一报道), though what is refused did not happen;
# declining to comment is none (拒绝置评).
REFUSALS = ("否认", "拒绝", "回绝", "婉拒")
NO_COMMENT = ("置评", "评论", "回应", "透露", "作出评论", "发表评论", "就此", "回答")
NEGATIONS = ("不要", "不准", "不与", "尚未", "没有", "没", "未", "并未", "否认", "拒绝", "拒不", "回绝", "婉拒", "不会", "无意", *CALLED_OFF)
HYPOTHETICALS = ("准备", "本应", "本该", "就会", "避免", "防止", "可能", "如果", "若", "假如", "倘若", "愿", "希望", "寻求", "推进", "或将", "拟", "考虑", "有望",
                 "望能", "盼能", "期望", "盼望", "渴望")
# Words that hold a negation's or a hedge's character and hedge nothing: 志愿军 and 志愿者 (愿), 若干 (若),
# 虚拟 and 模拟 (拟), 未来 (未), 没收 (没). A hedge is looked for in text with them taken out (hedged).
NOT_HEDGES = _w("志愿 自愿 愿景 请愿 若干 模拟 虚拟 拟人 拟定 未来 未成年 未婚 未经 没收 淹没 出没 未遂 前所未有 "
                "如愿 无意间 无意中 安全考虑 考虑到 若昂 若泽 若热")


@cache
def _hedges(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted(NOT_HEDGES, key=len, reverse=True), sorted(words, key=len, reverse=True)
    skip, hedge = ("|".join(map(re.escape, a)) for a in alternatives)
    return re.compile(f"({_AT_THE_REQUEST}|{skip})|({hedge})")


# 应美方要求, 应…邀请: at someone's request the happening took place; the request hedges nothing.
_AT_THE_REQUEST = "应[^，,。；;]{1,12}?要求"


def hedged(text: str, words: tuple[str, ...]) -> bool:
    """One of the words in the text (没有会晤, 可能会晤), not as a character of a word that hedges
    nothing (志愿军参战)."""
    return any(m.group(2) for m in _hedges(words).finditer(text))
# What happens again and again is a habit, a state of affairs, not one happening ("每天下班后，她都会…
# 与家人视频通话"). A date's own 每 (每周三) is handled where dates are found.
HABITUAL = ("每天", "每晚", "每周", "每星期", "每个月", "每月", "每年", "每逢", "每当", "每每", "经常", "常常", "往往",
            "通常", "总是", "时常")
# What must or should happen has not: a modal before the verb, unless it opens a relative clause
# (需要救助的灾民…举行抗议) or is 应 before 该国 ("应该国外长邀请": at that country's invitation).
MODAL = re.compile("(?:需要|必须|不得不|应当|应该(?!国)|可以(?!说))[^的]*$")  # (可以说: one may say)
# Words right after a name that make it the source of a report (美联社援引, 新华社消息, 白宫发言人说,
# 土地登记局记录显示).
REPORTING = ("援引", "引述", "引用", "消息", "发言人", "记录显示", "文件显示", "数据显示", "资料显示", "档案显示")
# Words before a trigger that ask it of someone: "鼓励其他领导人出台…" reports the asking, not the act.
REQUESTS = ("鼓励", "敦促", "促请", "要求", "呼吁")
# What, before a trigger in its clause, says it has not happened: denied, hedged or only asked for.
NOT_HAPPENED = NEGATIONS + HYPOTHETICALS + REQUESTS
# Hedges that govern the clause after theirs when it has no subject of its own (希望能在…前，再次会见…).
CARRIED_HEDGES = ("希望", "如果", "假如", "倘若")

# Verbs that state how things are, not that something happened: a dated clause whose only verbs
# are these reports no event (去年的增长率是3%, 今年仍然存在分歧).
STATIVE = frozenset(_w("""
    是 有 没有 为 成为 在 像 属于 认为 觉得 感到 知道 相信 希望 想 想要 需要 应该 应 可以 能 能够 会 要
    仍 仍然 存在 处于 面临 包括 意味着 意味 似乎 看来 看似 显得 称为 叫 叫做 等于 值 值得 位于 来自 担心 担忧
    喜欢 爱 恨 怕 害怕 相当于 持续 保持 继续 依然 依旧 成 作为 视为 当作 了解 明白 记得 知晓 拥有 具有
    显示 表明 说明 反映 涉及 关于 针对 对于 根据 按照 据 随着 通过 让 使 令 导致 引起 引发 造成 看 看到
    估计 预计 计划 打算 准备 试图 企图 进行 做 做出 作出 处理 用 使用 利用 负责 相比 相较 比较
    中有 其中有 已有 共有 还有 都有 也有 只有
"""))
# One-character verbs that report a deed (德普将手机扔向她): a dated clause's verb of doing is
# otherwise two characters or more, since most one-character "verbs" are light (说, 去, 给, 让, 打).
# Each is one that rjieba tags a verb standing alone (not 炸, 封, 判, 罚: a noun, a measure word).
ACTIONS = frozenset(_w("扔 砸 杀 抓 烧 撞 偷 抢 砍 捅 射 踢 咬 逃 死 伤 辞 嫁 娶 搬 卖 买 拆 停 捕 撤"))
# Verbs of figures: a dated clause with one of these is a statistic (上季度经济增长了4.9%), not an event.
STATISTICS = frozenset(_w("增长 增加 下降 下跌 上涨 上升 减少 降低 提高 达到 超过 跌 涨 占 达 翻番 翻倍 缩水 收缩 扩大 "
                          "飙涨 飙升 暴涨 暴跌 攀升 下滑 增至 降至 升至 减弱 加剧 恶化 好转 跃升 跃居 跌至 跌破 激增 "
                          "骤降 锐减 猛增 倍增 跌入 回升 回落 见顶 触顶 峰值 最高峰 顶峰"))
# Words that make a dated clause a comparison or an assessment, not a report (比…更加封闭, 至关重要).
STATES = ("更加", "越来越", "至关重要", "一直", "是否", "是不是", "能否", "如出一辙", "相似", "类似", "不可想象", "难以想象",
          "不可思议")
# Words that link a sentence to the one before (所以今年2月18日，…): a date after them opens its clause.
LINKS = frozenset(_w("所以 因此 于是 而 但 但是 然而 此外 另外 同时 随后 不过 而且 并且 此前 早在 后来 之后 最终 结果"))
# Characters of the words that may follow a date and leave it alone in its clause ("周一凌晨，",
# "2019年8月的一个下午，"): the date then governs the clause after it.
PARTS_OF_DAY = "的一个上下中午晚早些时候间凌清晨夜深傍里份 "
# Openings of a clause that only sets the scene of the next one: where (在…的地方), on whose account
# (据…报道). A date before such a clause dates the clause after it.
SCENE_OPENINGS = ("在", "当", "据", "于", "从", "随着", "面对", "面临", "由于", "因为", "为了", "经过")
NOT_SCENE_OPENINGS = ("当局", "当地", "当事人", "当选", "于是", "从而", "从事")  # who acts, not where
# After a trigger, what makes it the setting of what the sentence reports (在…会议上, 访问期间).
SETTINGS = ("期间", "期間", "上", "中", "之际", "之際", "前夕")
# Words that 上 or 中 after a trigger begins, where it sets no scene (袭击中部城市, 抵达中国; not 会议上).
NOT_SETTINGS = _w("中国 中部 中东 中方 中共 中央 中心 中华 中南 中亚 中欧 中美 中俄 中日 中韩 中旬 上海 上周 上月 上午 上述 上个 "
                  "上诉 上任 上台 上市 上旬")


def cut_from_a_word(folded: str, start: int, end: int) -> bool:
    """形成|立即 holds no 成立: a trigger of two characters or more that two words of the dictionary cut,
    one across its start and one across its end (a word that holds the whole trigger, 举行会谈, cuts
    nothing; nor does one the tokenizer makes of a name it does not know, 拜|登上|台)."""
    if end - start < 2 or not any(rjieba.has_word(folded[start - k:start + 1]) for k in (1, 2, 3) if start >= k):
        return False  # no dictionary word ends with the trigger's first character: nothing cuts it (no tokenizing)
    at = max(0, start - 4)
    words = rjieba.cut(folded[at:end + 3])
    for first, second in pairwise(words):
        if at < start < at + len(first) < end < at + len(first) + len(second):
            return all(len(w) >= 2 and rjieba.has_word(w) for w in (first, second))
        at += len(first)
    return False


def a_setting_at(folded: str, at: int) -> bool:
    return folded.startswith(SETTINGS, at) and not folded.startswith(NOT_SETTINGS, at)
# Words that may stand between a clause's opening and its verb when the clause leaves out its
# subject (周二又签署了…, 随后宣布…), beside dates and numbers: adverbs and linking words, no nouns.
NO_SUBJECT_WORDS = frozenset(_w("""
    又 还 也 再 并 并于 随后 随即 旋即 然后 之后 此后 接着 同时 已经 已 曾 曾经 都 就 才 便 则 于 在 将 即 均
    亦 遂 首先 最后 终于 后来 当天 当日 次日 同日 翌日 早些时候 晚些时候 正式 公开 分别 一同 共同 再次 首次
"""))
# Verbs of a happening without a doer (发生了枪击事件, 暴发了疫情): a clause with one of these and no
# subject does not take the sentence's topic.
NO_AGENT_VERBS = frozenset(_w("发生 出现 暴发 爆发 举行 进行 开始 结束 传出 发现 到来 来临 降临 持续 展开 开幕 闭幕"))
# Verbs of saying after which a date that closes its clause ("希尔德声称在2016年5月21日晚上，德普…")
# dates what the next clause reports, not the saying.
SAID_BEFORE_DATE = ("表示", "说", "称", "声称", "指出", "透露", "回忆", "回忆说", "描述了", "指控", "写道", "说道")
# Statements that deny: the denying is a happening, and a date after the word is what is denied's.
DENIALS = ("否认",)
# Clause openings that start a new assertion: a date before one does not date what follows it.
NEW_ASSERTION = ("这", "但", "而", "因为", "尽管", "虽然", "此前", "当时", "以")
# Words before a date that make it the time things stood ("截至2015年"), not a happening's.
AS_OF = ("截至", "截止", "截至到", "直到", "直至")
# Text of a clause that marks page furniture, not a report: copyright lines, newsletter calls.
BOILERPLATE = ("©", "版权", "版權", "订阅", "訂閱", "点击", "點擊", "感谢阅读", "感謝閱讀",
               "资料图片", "资料照片", "資料圖片", "資料照片",  # a file photo's caption dates the photo
               "数据来源", "資料來源", "资料来源")  # and a chart's source its data

# Before a trigger, words that point back to a happening already told ("在这次通话中", "此次会晤"):
# the trigger is its evidence, not a new event (kg.events.reports.fold_back).
REFERS_BACK = ("这次", "此次", "那次", "该次", "这场", "那场", "此番", "上述", "这通", "那通", "這次", "那場", "這場")

# A definite description of an organization named before ("该协会上个月举办了…", "这家银行"): a
# determiner, then a head the organization's name ends with. Heads that fit any organization (该机构,
# 该组织) are left out: the one last named is too often another (礼来与该机构三次会面, the FDA, after a
# cancer society); so is 此, which 对此, 因此 and 为此 hold.
DETERMINERS = ("该", "這家", "这家", "該")
DEFINITE_HEADS = ("公司", "集团", "银行", "协会", "党", "大学", "学院", "委员会", "报", "教会", "医院", "法院",
                  "基金会", "中心")


_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")
# What a quotation that gives someone's words or a name follows (称“…”, 所谓“…”, 的“…”, ：“…”).
_BEFORE_WORDS = tuple("称说道为是的谓叫以：:，,。")


def reported_words(folded: str) -> list[tuple[int, int]]:
    """The spans in quotation marks: someone's words, whose triggers report nothing themselves. Not a
    short quotation that is its clause's own verb (香港特区政府星期三晚“强烈谴责”CECC的报告: the
    condemnation happened), of six characters or fewer, after no verb of saying, colon or 的, with
    the clause going on after it."""
    out = []
    for q in _QUOTED.finditer(folded):
        inner = q.group(0)[1:-1]
        if 2 <= len(inner) <= 6 and q.start() > 0 and not folded.endswith(_BEFORE_WORDS, 0, q.start()) \
                and not folded.endswith(("表示", "认为", "指出", "写道", "声称"), 0, q.start()) \
                and folded[q.end():q.end() + 1] not in "，。,；;：:！？!?、）)" and q.end() < len(folded):
            continue
        out.append(q.span())
    return out
