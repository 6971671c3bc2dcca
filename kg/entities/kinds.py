"""Bodies of a kind described, not named: words that say what sort of body (国际药厂, 跨国药厂, 海外生技公司,
清洁公司, 中国顶尖大学, 德国私人电视台), with or without a place before them, and a kind of body at the end.
kg.entities.spans' a_kind_of_body reads the plainer 美国公司 (a place and a kind)."""

from __future__ import annotations

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.model import EntityKind

# Words that describe a body by its reach, size, owner or trade, never its name.
DESCRIBING_WORDS = frozenset("""
国际 跨国 海外 全球 外国 境外 本地 当地 大型 小型 中小型 中型 大 小 新 各 私人 私营 民营 国营 国有 上市 顶尖
知名 著名 主要 大陆 欧美 西方 研发 建筑 清洁 保洁 物流 航运 能源 矿业 保险 制药 生技 生物技术 科技 汽车 房地产
网络 游戏 媒体 公立 私立 商业 商用 民用 第三方 信息安全 网络安全 最大 第二大 最主要
""".split())
_LONGEST_FIRST = tuple(sorted(DESCRIBING_WORDS, key=lambda w: (-len(w), w)))
_A_COUNTRY_S = "地方"  # after a country only: its local (district) bodies
# Kinds of body that, after such words, name none.
DESCRIBED_HEADS = frozenset((*lx.KIND_OF_BODY_HEADS, "药厂", "药商", "生技公司"))
# …and these, after words of rank, size or owner only (中国顶尖大学, 德国私人电视台): after a place they are
# names (香港大学), and after a field too (悉尼科技大学).
RANKED_HEADS = frozenset(("大学", "电视台"))
_HEADS = tuple(sorted(DESCRIBED_HEADS | RANKED_HEADS, key=len, reverse=True))
RANKING_WORDS = frozenset("""顶尖 知名 著名 主要 各 大型 小型 中型 私人 私营 民营 国营 国有 公立 私立
最大 第二大 最主要""".split())


def a_described_kind(name: str, gaz: Gazetteer) -> bool:
    """Places and describing words (one at least), then a kind of body, and nothing else."""
    if not name.endswith(_HEADS):
        return False  # the quick answer, for most names
    rest, words, country = name, [], False
    while rest and rest not in DESCRIBED_HEADS and rest not in RANKED_HEADS:
        word = next((w for w in _LONGEST_FIRST if rest.startswith(w) and len(rest) > len(w)), "")
        if not word and country and rest.startswith(_A_COUNTRY_S):
            word = _A_COUNTRY_S  # 美国地方法院: a district court of the country (奈良地方法院 is Nara's own)
        if word:
            rest = rest[len(word):]
            words.append(word)
            continue
        place = next((k for k in range(len(rest) - 1, 1, -1) if (p := gaz.named(rest[:k])) is not None
                      and p.kind is EntityKind.PLACE), 0)
        if not place:
            return False
        country = gaz.named(rest[:place]).type == "Country"
        rest = rest[place:]
    ranked = all(w in RANKING_WORDS for w in words)
    return bool(words) and (rest in DESCRIBED_HEADS or (rest in RANKED_HEADS and ranked))
