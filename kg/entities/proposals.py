"""The trained tagger's spans (kg.entities.ner) as candidates: trimmed of what a tagger trained on
1998 newspaper text glues to names in today's news (kg.entities.edges), then typed and linked by the
gazetteer."""

from __future__ import annotations

import re
from collections.abc import Sequence

import rjieba

from kg.entities import lexicon as lx
from kg.entities.around import a_persons_name, country_then_person, no_name, owned_or_site, without_former
from kg.entities.described import named_after_description
from kg.entities.dotted import as_written
from kg.entities.edges import known_person_ending, known_person_opening, org_ending, trimmed
from kg.entities.gazetteer import Gazetteer
from kg.entities.joined import (
    CHAMBERS,
    INSTITUTIONS,
    Proposal,
    body_after_a_verb,
    body_opening,
    known_org_first,
    opens_with_a_known_body,
    rejoined,
)
from kg.entities.place_abbreviations import ABBREVIATIONS, PEOPLE_AFTER_SHORT_FORM
from kg.entities.plants import plant_start
from kg.entities.spans import (
    INITIAL,
    MODEL,
    ORG,
    PERSON,
    PLACE,
    Span,
    Tokens,
    a_kind_of_body,
    a_known_place,
    a_member_after,
    a_place_then,
    is_translit,
    person_over_town,
    placed_organization,
    title_after,
)
from kg.entities.titles import place_then_person
from kg.entities.towns import (
    a_country_then_its_place,
    a_place_in_a_country,
    a_place_then_a_kind,
    city_then_street,
    known_names_run_together,
    suffixed_place,
)

_KINDS = {"PER": PERSON, "LOC": PLACE, "ORG": ORG}


def _mostly_translit(name: str) -> bool:
    """Three characters in four or more are transliteration characters (拜特哈|农)."""
    return 4 * sum(c in lx.TRANSLIT for c in name) >= 3 * len(name)


def proposals(folded: str, tok: Tokens, proposed: Sequence[Proposal], gaz: Gazetteer,
              place_ends: dict[int, int]) -> list[Span]:
    """The trained tagger's spans, trimmed of what it glues to names. The gazetteer types and links
    what it knows by that name; an organization that starts with a known place is located there
    (中国外交部). place_ends: where the gazetteer's places end, and where each begins."""
    out = []
    pending = rejoined(folded, proposed)[::-1]
    while pending:
        start, end, label = pending.pop()
        kind = _KINDS[label]
        if kind is ORG and (k := folded.find("或", start + 2, end - 2)) > 0:
            pending += [(k + 1, end, label), (start, k, label)]  # 哈里斯或民主党: "or" joins two names
            continue
        if kind is ORG and folded.endswith(lx.POWER_PLANTS, start, end):
            if (start := plant_start(folded, start, end, gaz)) is None:
                continue  # 燃煤电厂: a kind of plant, no plant's name
            kind = PLACE  # 秦山核电站: a power plant is a place where things happen, no body
        if kind is PLACE and folded.endswith(_ZOOS, start, end):
            kind, start = ORG, place_ends.get(start, start)  # (圣地亚哥)动物园: a zoo is a body, as schools are
        start = next((e for e in range(end - 1, start, -1) if place_ends.get(e, start) < start), start)
        # 北方邦|哈特拉斯 read as 邦哈特拉斯: a name that begins inside a known place begins after it
        if kind is ORG and folded.endswith(lx.KIN_WORDS, 0, start) and (
                person_like(folded[start:end]) or romanized(folded, start, end)):
            kind = PERSON  # 母亲迪帕(Deepa), 妹妹卡哈珊(Kahkashan): a mother is no organization
        if kind is PLACE and a_womans_name(folded[start:end]) and gaz.named(folded[start:end]) is None:
            kind = PERSON  # 娜塔莉亚过去的业务: a woman, however the tagger reads her
        if kind is PERSON and folded.startswith("旗下", end) and is_translit(folded[start:end]) \
                and gaz.named(folded[start:end]) is None:
            # 斯特兰蒂斯旗下的品牌: what a company owns (a known person's, 马斯克旗下, stays his)
            out.append(Span(start, end, ORG, folded[start:end], MODEL, type=ORG.value))
            continue
        if kind is ORG and any(place_ends.get(e) == start and folded.startswith(lx.PEOPLE_WORDS, e)
                               for e in range(start + 1, end)):
            continue  # 中国女星, 英国女网|红: a place and a word for someone, no body
        if kind is ORG and place_ends.get(end - 2) == start and folded.endswith("中心", start, end):
            continue  # 伦敦中心: the city's centre, no body
        if kind is PLACE and folded.startswith("帝国", end) and not folded.startswith("帝国主义", end) \
                and end - start >= 2:
            end += 2  # 哈布斯堡帝国: the empire is the place named (not 帝国主义, a doctrine)
        if kind is PLACE and folded.startswith(lx.TITLES_AFTER_NAME, start) and start in place_ends \
                and folded.endswith(lx.FACILITY_HEADS, start, end):
            start = place_ends[start]  # 维多利亚|女王纪念堂: the monarch's name opens the monument's
        if kind is PLACE and end - start == 1 and folded[end:end + 1] in PEOPLE_AFTER_SHORT_FORM:
            continue  # 华人, 华裔: a people, no mention of the place
        full = gaz.named(ABBREVIATIONS.get(folded[start], "")) if kind is PLACE and end - start == 1 else None
        if full is not None:
            out.append(Span(start, end, full.kind, full.name, MODEL, key=full.key, type=full.type))
            continue
        if kind is PERSON and (i := tok.at_start.get(start)) is not None and tok.tags[i] == "t" \
                and end - tok.ends[i] < 2 and (end == tok.ends[i] or end not in tok.at_end):
            continue  # 行长周一|警告: a weekday and a character of the next word, no name (由周天|行|领导 is one)
        edges = trimmed(folded, start, end, kind, tok, gaz)
        if edges is None:
            continue
        start, end = edges
        if kind is ORG:
            start = body_opening(folded, start, end, gaz)
        if kind is ORG and (body := body_after_a_verb(tok, start, end)) is not None:
            pending.append((body, end, label))
            verb = tok.starts[tok.at_end[body]]
            subject = tok.starts[tok.at_end[verb]] if verb in tok.at_end else verb
            if start <= subject and org_ending(folded[subject:verb]):
                pending.append((subject, verb, label))  # 工党|领先|保守党: the body before the verb, too
            continue
        if kind is ORG and (split := known_org_first(folded, tok, start, end, gaz)) is not None:
            end, rest = split  # 新东方和高途公司: two names; 香港中文大学研究…: a name and a clause
            if rest is not None:
                pending.append((rest, edges[1], label))
        if kind is not PLACE and "-" in folded[start:end] and all(a_known_place(gaz, p) or (
                kind is ORG and gaz.named(p) is not None) for p in folded[start:end].split("-")):
            continue  # 俄罗斯-蒙古-中国 (a heading), 中国-东盟 (峰会): names joined, no hyphenated one
        if kind is PLACE and folded[end:end + 1] in lx.LANGUAGE_ENDINGS and end not in tok.at_end:
            continue  # 日本语: a language, one word with the place's name in it
        if kind is PLACE and (i := tok.across(start)) is not None and tok.ends[i] == end \
                and (whole := gaz.named(tok.words[i]) or (gaz.named(tok.words[i][:-1]) if tok.words[i][-1:]
                                                          in lx.PLACE_SUFFIXES else None)) is not None \
                and whole.kind is PLACE:
            # 柔|佛州 read as 佛州 (Florida's short form): the place the whole word names (柔佛)
            out.append(Span(tok.starts[i], end, PLACE, whole.name, MODEL, key=whole.key, type=whole.type))
            continue
        if kind in (PLACE, PERSON) and no_name(kind, folded, tok, start, end, gaz):
            continue  # 移除子宫, 六州, 约九成, 中山|装: words, no name
        if kind is PLACE and (i := tok.across(start)) is not None and tok.tags[i] in lx.COMMON_WORD_TAGS \
                and rjieba.has_word(tok.words[i]):
            continue  # 沿海|城市 read as 海城市: no place begins inside a common word of the dictionary
        if kind is PLACE and folded.startswith("族", end):
            continue  # 哈萨克族: a people, no mention of the country (nor 维吾尔族 of a place)
        name = folded[start:end]
        if kind is ORG and name[1:2] == "资" and name.startswith(lx.OWNERSHIP_PREFIXES) \
                and not name[2:].startswith(lx.OWNED_BODY_HEADS) and (start + 2) in tok.at_start:
            start, name = start + 2, name[2:]  # 英资渣打银行: Standard Chartered, British-owned (not 港资银行公会)
        if kind is ORG and known_names_run_together(name, gaz):
            continue  # 浙江金华, 加州|美国国家航空航天局, 省份|潘杰希尔省: names the gazetteer proposes on their own
        if kind is ORG and (rest := a_place_in_a_country(name, gaz)):
            kind, start, name = PLACE, end - len(rest), rest  # 法国|尼斯袭击案: a town, no body
        if kind is PLACE and (place := a_place_then_a_kind(name, start, gaz, MODEL)) is not None:
            out.append(place)
            continue  # 俄罗斯|公路, 新疆|监狱: the place, and a kind of place in it, unnamed
        if kind is PLACE and a_country_then_its_place(name, gaz):
            continue  # 巴基斯坦|奎达市: two places the gazetteer knows, which it proposes on their own
        if kind is ORG and (at := _party_after_place(folded, tok, start, end, gaz)) is not None:
            start, name = at, folded[at:end]  # 俄亥俄州民主党众议员: the member's state, then the party
        if kind is PERSON and (at := known_person_ending(folded, start, end, gaz)) is not None:
            start, name = at, folded[at:end]  # 何方普京: words glued before a person the gazetteer knows
        if kind is PERSON and (at := known_person_opening(folded, start, end, gaz)) is not None:
            end, name = at, folded[start:at]  # 刘鹤|达沃斯讲话: a headline's person, then a place it knows
        if kind is PERSON and "·" in name:
            name = INITIAL.sub("", name)  # 约瑟夫·R·拜登 is 约瑟夫·拜登, as _dotted reads it
        board = next((b for b in lx.BOARDS if name.endswith(b)), "") if kind is ORG else ""
        of = 1 if board and name[:-len(board)].endswith("的") else 0  # 天然气工业银行的管理委员会
        if board and len(name) > len(board) + of and gaz.named(name) is None and (
                ((owner := gaz.named(name[:-len(board) - of])) is not None and owner.kind is ORG)
                or org_ending(name[:-len(board) - of])):
            end -= len(board) + of  # 阿里巴巴集团|董事会: the company, whose board the text names
            name = name[:-len(board) - of]
        if kind is ORG and name[:-3] in CHAMBERS and name.endswith("委员会"):
            end, name = end - 3, name[:-3]  # 参议院委员会: one of the chamber's committees, unnamed
        if kind is ORG and name.endswith(lx.HEADQUARTERS) and gaz.named(name) is None:
            end -= 2  # 纽约联合国总部, 北京百度总部: the organization (in that place), not its building
            name = name[:-2]
        if kind is ORG and folded.startswith("长", end) and name.endswith("部") and (cut := next(
                (k for k in range(len(name) - 2, 1, -1) if (o := gaz.named(name[:k])) is not None and o.kind is ORG),
                None)) is not None:
            end, name = start + cut, name[:cut]  # 新加坡贸工部|政务部长: the ministry, and a minister's title
        known = gaz.named(folded[start:end]) or gaz.named(name)
        if kind is PERSON and person_over_town(known, folded, start, end):
            known = None  # 杰克逊, 安德森: the tagger's person, not the gazetteer's small town
        if known is None and kind is ORG and name.endswith(lx.KNOWN_BODY_SUFFIXES):
            # Counterpoint Research公司, 华为公司, 哈马斯组织: the organization the gazetteer knows, and its kind
            stem = gaz.named(name.removesuffix(next(s for s in lx.KNOWN_BODY_SUFFIXES if name.endswith(s))).strip())
            known = stem if stem is not None and stem.kind is ORG else None
        if known is not None:
            out.append(Span(start, end, known.kind, known.name, MODEL, key=known.key, type=known.type,
                            aliases=as_written(folded, start, end) if known.kind is PERSON else ()))
            continue
        if kind is ORG and name.endswith(_REGIMES) and (leader := gaz.named(name[:-2])) is not None \
                and leader.kind is PERSON:
            continue  # 拜登政府: the leader (the gazetteer's), and the government he heads, no body's name
        if kind is PERSON and _described(folded, start):
            # 咨询公司伍德麦肯兹: a name right after what describes a body is the body's (in the read
            # sets' gold, 78 such names are bodies, none a person)
            out.append(Span(start, end, ORG, name, MODEL, type=ORG.value))
            continue
        if kind is ORG and (latin := _LATIN_COMPANY.fullmatch(name)):  # Freightos公司: Freightos, a company
            out.append(Span(start, end, ORG, latin.group(1), MODEL, type=ORG.value, aliases=(name,)))
            continue
        if kind is PLACE and (suffixed := suffixed_place(folded, name, start, end, gaz)):
            out.append(suffixed)
            continue
        if kind is PLACE and name.endswith("市") and len(name) >= 4 and _mostly_translit(name[:-1]):
            # 安克雷奇市, 拜特哈农市: a foreign city the gazetteer does not know, whose name the word tagger cuts
            out.append(Span(start, end, PLACE, name[:-1], MODEL, type=lx.PLACE_SUFFIXES["市"], aliases=(name,)))
            continue
        if kind is PLACE and (people := next((p for p in lx.PEOPLES if p in name), None)) is not None:
            end = start + name.index(people)  # 新疆|维吾尔穆斯林: the place before the people, if any
            known = gaz.named(folded[start:end])
            if known is not None and known.kind is PLACE:
                out.append(Span(start, end, PLACE, known.name, MODEL, key=known.key, type=known.type))
            continue
        if kind is PLACE and folded[end:end + 1] in ("族", "人"):
            continue  # 维吾尔族, 维吾尔人: a people; a place the gazetteer knows was taken above
        if kind is PLACE and name in lx.WITHIN_WORDS and start in place_ends:
            continue  # 中国东北边境城市: a direction within the place before it
        if kind is ORG and (named := named_after_description(name, start, end, gaz)):
            out.append(named)
            continue
        if kind is ORG and folded[end:end + 1].isascii() and folded[end:end + 1].isalpha():
            continue  # 加拿大研究公司TechInsights: a description before the name, written in Latin
        if kind is not PERSON and not ((start in tok.at_start or (kind is ORG and opens_with_a_known_body(
                                            folded, start, end, gaz)))
                                       and (end in tok.at_end or (kind is ORG and (
                                            title_after(folded, tok, end) or _head_then_word(folded, tok, end))))):
            continue  # an unknown place or organization cuts no word in two (天发射中心, 哥斯拉大),
            # save a body named inside a title (外交部长, 吉林省委书记) or ending with its head, which
            # the tokenizer joined to the next word (昆士兰大学|毕业, 韩国国家情报院|所收集)
        if name in lx.NOT_NAMES or name in lx.TITLES or name in _BARE_HEADS or (
                kind is not PERSON and len(name) == 2 and name[0] == name[1]):  # “宝宝”, “贝贝”: pet names
            continue  # 大学 (明治|大学, the era's name trimmed off) or 广场 alone names nothing
        if start > 0 and folded[start - 1] in "“\"「" and folded.endswith(lx.NICKNAME_WORDS, 0, start - 1):
            continue  # 绰号“公牛”: a nickname, which names no one by itself
        if (i := tok.at_start.get(start)) is not None and tok.ends[i] == end and tok.tags[i] == "r":
            continue  # 每州, 该州, 本省: a pronoun of the dictionary ("each state"), no name
        if kind is ORG and len(name) >= lx.ORG_FREE_LENGTH and not org_ending(name) \
                and not _described(folded, start):
            continue  # unless what describes a body stands before it (韩国公司韩华Qcells)
        if kind is ORG and _verb_object_end(tok, end, start):
            continue  # 旧金山排队, 中国车企合资建厂: the head character ends a verb's word, not a name
        if kind is ORG and (former := without_former(name, start, end, gaz)) is not None:
            out.append(former)
            continue  # 美国前众议院议长: the title's 前 is no part of the body's name
        if kind is ORG and a_place_then(name, lx.OFFICE_HEADS, gaz):
            continue  # 柏林办公室, 华盛顿分社: someone's office in a place, the place named
        if kind is ORG and (site := owned_or_site(name, gaz)):
            owner = gaz.named(name[:-len(site)])  # 特斯拉工厂, 埃克格鲁夫工厂, Costco门店: a site, no body
            if owner is not None and owner.kind is ORG:
                out.append(Span(start, end - len(site), ORG, owner.name, MODEL, key=owner.key, type=owner.type))
            elif owner is None and len(name) - len(site) >= 3 and is_translit(name[:-len(site)]):
                # 菲尼克斯工厂: a town the gazetteer does not know, where the factory stands
                out.append(Span(start, end - len(site), PLACE, name[:-len(site)], MODEL, type=PLACE.value))
            else:
                out += _place_opening(name, start, gaz)
            continue
        if kind is ORG and (name in lx.KIND_OF_BODY_HEADS or a_kind_of_body(name, gaz)):
            out += _place_opening(name, start, gaz)  # 美国陆军部队: the country's, which the text names
            continue  # 海军, 美国公司, 中资银行: bodies of a kind, not one body
        if parts := (city_then_street(name, start, gaz, MODEL) if kind is PLACE
                     else place_then_person(folded, tok, start, end, gaz) if kind is ORG else []):
            out += parts  # 纽约市|公园大道: the city and a street in it; 广州|闻宇|律师: the town and the lawyer
            continue
        if kind is PERSON and (parts := country_then_person(name, start, gaz)):
            out += parts
            continue
        if kind is not PERSON and a_persons_name(kind, folded, tok, start, end, gaz):
            kind = PERSON  # 佛洛伊德之死, 48岁的孟山, 肯尼迪总统: what befalls or is said of a person
        written = folded[start:end]  # 杰弗里·A·贝德, named 杰弗里·贝德: the written name is an alias
        initials = kind is PERSON and written != name and INITIAL.sub("", written) == name
        span = Span(start, end, kind, name, MODEL, type=kind.value, aliases=(written,) if initials else ())
        out += [_latin_company(s) for s in placed_organization(span, gaz)] if kind is ORG else [span]
    return out


_REGIMES = ("政府", "当局", "政权")
_ONE_CHARACTER_HEADS = frozenset(h for h in (*lx.ORG_ENDINGS, *lx.MORE_ORG_ENDINGS) if len(h) == 1)





# Heads of names, which alone name no body and no place.
_ZOOS = ("动物园", "植物园", "水族馆")
_BARE_HEADS = frozenset((*lx.STRONG_ORG_HEADS, *lx.FACILITY_HEADS, *lx.FACILITIES, *_ZOOS, "小组", "工作组", "专案组",
                         "美术馆", *lx.SCHOOL_UNITS))


def _place_opening(name: str, start: int, gaz: Gazetteer) -> list[Span]:
    """The known place a kind of body's name opens with (美国|陆军部队, 伊朗|武装部队), where the
    tokenizer kept it inside one word with its head, so the gazetteer did not find it there."""
    for k in range(len(name) - 1, 1, -1):  # the longest first, two characters at least
        known = gaz.named(name[:k])
        if known is not None and known.kind is PLACE and not (
                rjieba.has_word(name[k - 1:k + 1]) and a_known_place(gaz, name[:k - 1])):  # 日本|海军, no 日本海
            return [Span(start, start + k, PLACE, known.name, MODEL, key=known.key, type=known.type)]
    return []


def _described(folded: str, start: int) -> bool:
    """What describes a body ends right before `start` (韩国公司|, 咨询公司|), and no demonstrative opens
    it (该公司|, 这家公司|: the company named before, whose people follow)."""
    head = next((h for h in lx.DESCRIBING_HEADS if folded.endswith(h, 0, start)), None)
    return head is not None and folded[start - len(head) - 1:start - len(head)] not in _POINTING


_POINTING = frozenset("该這这那此家本")


def _party_after_place(folded: str, tok: Tokens, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where an organization the gazetteer knows begins after a place it knows, in a span a title
    follows (俄亥俄州民主党众议员, 缅因州民主党人): the place and the party describe the person, not a
    state's party as a body of its own. The place is then found as a place. A word or two may stand
    between them (康涅狄格州资深民主党众议员: a senior Democrat), and then the party may be one no list
    holds (英国前|自由民主党议员; not 日本自由民主党, a party's whole name)."""
    if not a_member_after(folded, end) or gaz.named(folded[start:end]) is not None:
        return None
    unknown = None
    for at in range(start + 1, end - 1):
        place = gaz.named(folded[start:at])
        if place is None or place.kind is not PLACE:
            continue
        bodies = range(at, min(at + 3, end - 1))
        known = next((b for b in bodies if (body := gaz.named(folded[b:end])) is not None and body.kind is ORG), None)
        if known is not None:
            return known
        unknown = unknown or next((b for b in bodies if b > at and b in tok.at_start and at in tok.at_start
                                   and end - b >= 3 and folded[end - 1] == "党"), None)
    return unknown


def _verb_object_end(tok: Tokens, end: int, start: int) -> bool:
    """The word that ends the span is a verb and its object (排队, 建厂, 开会), whose object happens
    to be an organization's head character, after a name (旧金山排队, 中国建厂). Not an abbreviation
    (建委 of 北京市住建委), nor a word that is the whole span (招行, 交行: a name of its own)."""
    i = tok.at_end.get(end)
    word = tok.words[i] if i is not None else ""
    return (len(word) == 2 and word[1] in _ONE_CHARACTER_HEADS and word not in INSTITUTIONS
            and tok.starts[i] > start and tok.tags[i] != "j" and rjieba.tag(word[0])[0][1].startswith("v"))


# 会 and 社 end bodies too, but in 普京会|面 and 中国社|交媒体 they begin the next word
_TOKEN_JOINED_HEADS = (*lx.STRONG_ORG_HEADS, "院")


def _head_then_word(folded: str, tok: Tokens, end: int) -> bool:
    """The span ends with an organization's head (大学, 院) inside a token that begins in the span,
    and the rest of that token is a word of its own or one character (大学|毕业, 院|所)."""
    i = tok.across(end)
    if i is None:
        return False
    rest = folded[end:tok.ends[i]]
    return folded.endswith(_TOKEN_JOINED_HEADS, 0, end) and (
        len(rest) == 1 or rjieba.has_word(rest))


_LATIN_COMPANY = re.compile(r"([A-Za-z][A-Za-z0-9 .&'’-]*?)\s*(?:公司|电视台|集团)")  # Freightos公司, CBS电视台


def _latin_company(s: Span) -> Span:
    """美国|UC Asset公司: once the place is off, a company named in Latin, as above (Freightos公司)."""
    if s.kind is ORG and not s.key and (latin := _LATIN_COMPANY.fullmatch(s.name)):
        s.aliases, s.name = (*s.aliases, s.name), latin.group(1)
    return s


_ROMANIZED_AFTER = re.compile(r"\s*[(（][A-Z][a-z]")


def romanized(folded: str, start: int, end: int) -> bool:
    """沙南(Shabnam): a name with no organization's ending, romanized in the bracket after it (the
    tagger's span may hold the bracket)."""
    name = re.split("[(（]", folded[start:end])[0]
    return bool(name) and not org_ending(name) and _ROMANIZED_AFTER.match(folded, start + len(name)) is not None


def person_like(name: str) -> bool:
    """A name an organization could not be (what the tagger read as one, and context says is a
    person's): no organization's ending, and a Chinese surname or transliteration characters only
    (迪帕, 沙南; not 联邦快递, 迪士尼乐园)."""
    name = name.split("(")[0].split("（")[0]
    return not org_ending(name) and (name[:1] in lx.SURNAMES or is_translit(name))


def a_womans_name(name: str) -> bool:
    """娜, 莉 and 娅 render women's names: a name of transliteration characters with one of them, and
    no place's ending, is a woman's (no read gold lists a place or body with one the gazetteer lacks;
    its places with one are saints' and queens' towns: 圣安娜, 伊莉莎白港)."""
    return any(c in "娜莉娅" for c in name) and is_translit(name) and name[-1:] not in lx.PLACE_SUFFIXES
