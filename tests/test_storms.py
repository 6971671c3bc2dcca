"""A storm's name is no person's (session 17)."""

from __future__ import annotations

import pytest

import kg


@pytest.mark.parametrize(("text", "storms"), [
    ("飓风“贝丽尔”周一登陆", {"贝丽尔"}),
    ("飓风贝丽尔过后，休斯敦地区有200万户停电", {"贝丽尔"}),
    ("短短几天内，台风贝碧嘉和普拉桑先后在上海登陆", {"贝碧嘉", "普拉桑"}),
])
def test_storm_names_are_no_persons(text: str, storms: set[str]) -> None:
    persons = {m.text for m in kg.mentions(text) if m.entity.kind.value == "Person"}
    assert not persons & storms, persons


def test_a_person_after_a_storm_is_still_one() -> None:
    persons = {m.text for m in kg.mentions("台风来袭时，李明说：“我们准备好了。”") if m.entity.kind.value == "Person"}
    assert "李明" in persons


def test_a_person_joined_to_a_person_after_a_storm_word_stays_a_person() -> None:
    # 和 joins 王刚 to 李明, a person, not to a storm's name
    persons = {m.text for m in kg.mentions("台风过后李明和王刚说") if m.entity.kind.value == "Person"}
    assert {"李明", "王刚"} <= persons
