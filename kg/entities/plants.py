"""Power plants the trained tagger reads as bodies (秦山核电站): a plant is a place where things happen,
named by its own name (大潭电厂) and often by the place it stands in (日本|福岛第一核电站); words for a kind
of plant (燃煤电厂, 海外燃煤电厂) name none."""

from __future__ import annotations

import rjieba

from kg.entities import lexicon as lx
from kg.entities.gazetteer import Gazetteer
from kg.model import EntityKind


def plant_start(folded: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where the plant named at folded[start:end] begins, after the country or place before its own
    name (日本|福岛第一核电站, 桃园|大潭电厂); None for a kind of plant, no name."""
    if _a_kind_of_plant(folded, start, end, gaz):
        return None
    country = next((k for k in range(end - 4, start, -1) if (c := gaz.named(folded[start:k])) is not None
                    and (c.type == "Country" or (c.kind is EntityKind.PLACE and _a_plant_name(folded, k, end)))),
                   None)
    return country or start


def _a_plant_name(folded: str, start: int, end: int) -> bool:
    """大潭电厂: two characters or more of a name before the plant's head, not a number (第一核电站)."""
    head = next(h for h in lx.POWER_PLANTS if folded.endswith(h, start, end))
    return end - len(head) - start >= 2 and folded[start] != "第"


_PLANT_NAME_TAGS = frozenset(("ns", "nr", "nrt", "nrfg", "nt", "nz", "m", "j"))


def _a_kind_of_plant(folded: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """燃煤电厂, 新燃煤电厂, 海外燃煤电厂: words for a kind of plant, and no name (秦山核电站, 台中火力发电厂)."""
    stem = folded[start:end - len(next(h for h in lx.POWER_PLANTS if folded.endswith(h, start, end)))]
    return all(t not in _PLANT_NAME_TAGS for _, t in rjieba.tag(stem)) \
        and not any(gaz.named(stem[:k]) is not None for k in range(2, len(stem) + 1))
