"""Outlets and bodies the text describes (session 29, from bench/blind12's misses): a title in 《》 that
the text calls an outlet or whose staff it names is the outlet; a name between what describes a company
and the company's people is the company; CCTV's web portal and news brand are bodies of their own, and
DW is Deutsche Welle."""

from __future__ import annotations

import pytest

from tests.conftest import check_mentions


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("叶国新向当地媒体《风传媒》表示，碗的市场价格约为新台币数万元。", {("风传媒", "Organization")}, set()),
    ("针对批评，台湾《八旗文化》总编辑富察将其称为“小题大做”。", {("八旗文化", "Organization")}, set()),
    ("报纸《莫斯科新闻》周二报道了此事。", {("莫斯科新闻", "Organization")}, set()),
    # guard: a book's title, nothing said of it as an outlet, is no body
    ("他在《情报》一书中写道。", set(), {("情报", "Organization")}),
    ("董晗鹏还得到了连锁超市丰泰的老板魏成义的支持。", {("丰泰", "Organization"), ("魏成义", "Person")}, set()),
    ("据中国央视网报道，疫情趋缓。央视新闻也报道了此事。", {("央视网", "Organization"), ("央视新闻", "Organization")},
     set()),
    ("2021年他接受DW访问，认为风险很低。", {("DW", "Organization")}, set()),  # Deutsche Welle, by its initials
    # names added to organizations.tsv in session 29, with their short forms
    ("俄气周二表示，天空新闻和淘宝也报道了。", {("俄气", "Organization"), ("天空新闻", "Organization"),
                                      ("淘宝", "Organization")}, set()),
])
def test_outlets_and_described_bodies(text: str, wanted: set, unwanted: set) -> None:
    check_mentions(text, wanted, unwanted)
