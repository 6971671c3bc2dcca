"""One document in, an Extraction out: candidates chosen, short forms joined to full names, facts
and evidence attached. The graph builder and `kg mentions` both use this."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kg.entities import lexicon as lx
from kg.entities.addressed import addressed_short_forms
from kg.entities.brands import company_short_names
from kg.entities.candidates import COMPOUND, MODEL, PERSON, PLACE, TAGGER, Span, Tokens, find
from kg.entities.context import countries_named, placed_elsewhere, relink, stems_of_suffixed
from kg.entities.exemplified import exemplified_bodies
from kg.entities.fold import fold
from kg.entities.fullnames import follow_chains, short_forms
from kg.entities.gazetteer import Gazetteer
from kg.entities.glued import glued_tails, inside_a_word, places_within
from kg.entities.japanese import names_japan
from kg.entities.listed import listed_names
from kg.entities.missions import mission_short_names
from kg.entities.ner import Tagger, default_tagger
from kg.entities.prefixed import place_prefixed
from kg.entities.senses import meeting_nicknames, one_kind, place_senses, places_stay_places, towns_for_universities
from kg.entities.shortforms import (
    abbreviations,
    company_stems,
    declared_short_forms,
    other_renderings,
    person_variants,
    place_tails,
    romanized_known,
)
from kg.entities.spans import a_distance, is_government, posted_places, small_town
from kg.model import Entity, EntityKind, Extraction, Fact, FactKind, Mention
from kg.text import sentences


@dataclass(slots=True)
class _Part:
    name: str
    text: str
    folded: str
    tok: Tokens
    taken: bytearray = field(default_factory=bytearray)
    by_start: dict[int, Span] = field(default_factory=dict)  # the chosen spans, in the order taken

    @property
    def chosen(self) -> list[Span]:
        return list(self.by_start.values())

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, span: Span) -> None:
        self.by_start[span.start] = span
        self.taken[span.start:span.end] = b"\x01" * span.length

    def guesses_inside(self, start: int, end: int, org: bool = False, person: bool = False) -> list[Span] | None:
        """The tagger's guesses that are all that is taken in start..end, each wholly inside it
        (克曼 inside 格里克曼, a name known from elsewhere in the article), or None when anything
        else is taken there. For an organization or a plant, a place that opens it gives way too
        (美国 in 美国笔会, 福岛 in 福岛第一核电站, once the article has named them), and so does the
        tagger's person (松林 in 松林带, a company named so elsewhere). Looks only at
        start..end: paragraphs can be a megabyte long."""
        if self.taken[start] and start not in self.by_start:
            return None  # a span from before start reaches into it
        inside = [self.by_start[i] for i in range(start, end) if i in self.by_start]
        if not inside or any((s.rank != TAGGER and not (org and s.kind is PLACE and s.start == start)
                              and not ((person or org) and s.kind is PERSON and s.rank == MODEL and not s.key))
                             or s.end > end or s.length >= end - start for s in inside):
            return None
        return inside

    def give_way(self, spans: list[Span]) -> None:
        """Untake these spans."""
        for s in spans:
            del self.by_start[s.start]
            self.taken[s.start:s.end] = bytes(s.length)


class Extractor:
    def __init__(self, gazetteer: Gazetteer, tagger: Tagger | None = None) -> None:
        self.gaz = gazetteer
        self.tagger = tagger if tagger is not None else default_tagger()
        self._tagged: dict[str, list[tuple[int, int, str]]] = {}  # prefetch(): folded text -> spans

    def prefetch(self, docs: Sequence[Sequence[tuple[str, str]]]) -> None:
        """Tag these documents' parts in one call, for the extract() calls that follow: the tagger's
        cost is mostly per call. The result is the same as tagging each alone; () forgets them."""
        folded = list(dict.fromkeys(fold(text) for parts in docs for _, text in parts))
        self._tagged = dict(zip(folded, self.tagger.tag(folded), strict=True))

    def extract(self, parts: Sequence[tuple[str, str]]) -> Extraction:
        """One document's entities, mentions and facts; parts are (name, text): headline, p1, ..."""
        folded = [fold(text) for _, text in parts]
        if all(f in self._tagged for f in folded):
            return self._extract(parts, folded, [self._tagged[f] for f in folded])
        return self._extract(parts, folded, self.tagger.tag(folded))  # one tagger call: its cost is per call

    def extract_many(self, docs: Sequence[Sequence[tuple[str, str]]]) -> list[Extraction]:
        """Several documents (lines of `kg mentions`), each on its own, tagged in one call."""
        folded = [[fold(text) for _, text in parts] for parts in docs]
        proposed = iter(self.tagger.tag([f for parts in folded for f in parts]))
        return [self._extract(parts, f, [next(proposed) for _ in parts]) for parts, f in zip(docs, folded, strict=True)]

    def _extract(self, parts: Sequence[tuple[str, str]], folded_parts: list[str],
                 proposed: list[list[tuple[int, int, str]]]) -> Extraction:
        doc = []
        japan = names_japan(folded_parts)
        companies = company_short_names(folded_parts, self.gaz)
        for (name, text), folded, spans_in in zip(parts, folded_parts, proposed, strict=True):
            spans, tok = find(folded, self.gaz, spans_in, japan, companies)
            part = _Part(name, text, folded, tok, taken=bytearray(len(folded)))
            # Longest first; on equal length, the surer layer.
            for s in sorted(spans, key=lambda s: (-s.length, s.rank, s.start)):
                if part.free(s.start, s.end):
                    part.take(s)
            _appositions(part)
            place_prefixed(part, self.gaz)
            listed_names(part, self.gaz)
            exemplified_bodies(part, self.gaz)
            doc.append(part)
        glued_tails(doc, self.gaz)
        one_kind(doc)
        meeting_nicknames(doc)
        aliases = short_forms(doc) | addressed_short_forms(doc)
        glossed = romanized_known(doc, aliases)
        other_renderings(doc, aliases, key_of := lambda s: _key_of(s, aliases))
        declared_short_forms(doc, aliases, key_of, self.gaz)
        company_stems(doc, aliases, key_of, self.gaz)
        abbreviations(doc, aliases, key_of, self.gaz)
        place_tails(doc, aliases, key_of)
        person_variants(doc, aliases, key_of)
        mission_short_names(doc, aliases, key_of, self.gaz)
        self._known_variants(doc, aliases)
        follow_chains(aliases)
        senses = place_senses(doc, glossed)  # read before the rescan multiplies a person's mentions
        self._rescan(doc, aliases)
        places_stay_places(doc, senses)  # after it: the rescan finds a person's name everywhere
        towns_for_universities(doc, self.gaz)
        self._link_by_context(doc)
        return self._assemble(doc, aliases)

    def _link_by_context(self, doc: list[_Part]) -> None:
        """A place name with namesakes goes to the one the article's countries support; a town the text
        places in another country's region is none the gazetteer knows (佛罗里达州|那不勒斯)."""
        counts = countries_named(self.gaz, (s for part in doc for s in part.chosen))
        for part in doc:
            for s in part.chosen if self.gaz.namesakes else ():
                relink(self.gaz, s, part.folded[s.start:s.end], counts)
            placed_elsewhere(self.gaz, part.chosen)
        stems_of_suffixed(self.gaz, ((part.folded, part.chosen) for part in doc))

    def _known_variants(self, doc: list[_Part], aliases: dict[str, str]) -> None:
        """史蒂芬·P·乔布斯 is the gazetteer's 史蒂夫·乔布斯: a full name the article writes, whose
        surname the gazetteer knows as a person's short form and whose given name begins with the
        same two characters as that person's, is another rendering of that person (劳拉·布什 is not
        乔治·布什, nor 约翰·拜登 约瑟夫·拜登)."""
        for part in doc:
            for s in part.chosen:
                if s.kind is not PERSON or s.key or "·" not in s.name or s.name in aliases:
                    continue
                given, surname = s.name.partition("·")[0], s.name.rpartition("·")[2]
                known = self.gaz.named(surname)
                if known is not None and known.kind is PERSON and known.name.endswith("·" + surname) \
                        and len(given) >= 2 and known.name.startswith(given[:2]):
                    aliases[s.name] = known.key

    def _rescan(self, doc: list[_Part], aliases: dict[str, str]) -> None:
        """Names found once are found everywhere: the tagger misses some occurrences."""
        surfaces: dict[str, tuple[str, Span]] = {}
        for part in doc:
            for s in part.chosen:
                if s.kind is not PLACE or s.name.endswith(lx.POWER_PLANTS):  # places are the gazetteer's
                    surfaces.setdefault(s.name, (_key_of(s, aliases), s))
        for surface, key in aliases.items():
            proto = next((sp for k, sp in surfaces.values() if k == key), None)
            if proto is not None:
                surfaces.setdefault(surface, (key, proto))
        # the known persons the article names in full somewhere (托尼·布莱尔, Tony Blair)
        in_full = {s.key for part in doc for s in part.chosen if s.kind is PERSON and s.key
                   and part.folded[s.start:s.end] not in aliases and s.length > 3}
        for surface in sorted(surfaces, key=lambda x: (-len(x), x)):
            key, proto = surfaces[surface]
            for part in doc:
                start = part.folded.find(surface)
                while start >= 0:
                    end = start + len(surface)
                    # a name of three characters or more is found even where the tokenizer cuts
                    # through both its edges (自台|积电于); a shorter one must fit its words
                    aligned = (start in part.tok.at_start) and (end in part.tok.at_end)
                    if (aligned or len(surface) >= 3) and not a_distance(part.folded, start) \
                            and not inside_a_word(part.folded, start, end):
                        if not part.free(start, end) and (guesses := part.guesses_inside(
                                start, end, org=proto.kind is EntityKind.ORGANIZATION or proto.kind is PLACE,
                            person=proto.kind is PERSON)):
                            part.give_way(guesses)
                        elif proto.kind is PERSON and (town := self._town_at(part, start, end)):
                            part.give_way([town])  # 伊斯特利 after 珍·伊斯特利 is her, not Eastleigh
                        elif proto.kind is PERSON and len(surface) >= 4 and (cut := places_within(part, start, end)):
                            part.give_way(cut)  # 阿巴|索瓦 where the article names 阿巴索瓦: her, not two towns
                        elif proto.kind is PERSON and surface != proto.name and (
                                org := _known_at(part, start, end, EntityKind.ORGANIZATION)):
                            part.give_way([org])  # 彭博 after 迈克尔·彭博 is him, not Bloomberg News
                        elif proto.kind is PERSON and (known := _known_at(part, start, end, PERSON)) \
                                and known.key != key and known.key not in in_full:
                            part.give_way([known])  # 布莱尔 after 格温达·布莱尔 is her, not Tony Blair
                        if part.free(start, end):
                            part.take(Span(start, end, proto.kind, surface, proto.rank, key=key, type=proto.type))
                    start = part.folded.find(surface, end)

    def _town_at(self, part: _Part, start: int, end: int) -> Span | None:
        """The gazetteer's town (a city under lexicon.PERSON_OVER_TOWN_BELOW) taken at exactly
        start..end: where the article names a person so, one name has one sense in one article."""
        s = _known_at(part, start, end, PLACE)
        e = self.gaz.entities.get(s.key) if s is not None else None
        # (or an area whose size the gazetteer does not know: 巴尔 after 威廉·P·巴尔 is no Bar, Montenegro)
        return s if small_town(e) or (e is not None and e.type == "AdministrativeArea" and not e.population) else None

    def _assemble(self, doc: list[_Part], aliases: dict[str, str]) -> Extraction:
        found: dict[str, _Found] = {}
        mentions: list[Mention] = []
        facts: set[Fact] = set()

        def register(s: Span) -> str:
            key = _key_of(s, aliases)
            if key == s.entity_key() and not s.key and s.kind is EntityKind.ORGANIZATION \
                    and (known := self.gaz.named(_TAGGED_SHORT_NAMES.get(s.name, s.name))) is not None \
                    and known.kind is s.kind:
                key = known.key  # 中国外交部 read as a place and a ministry: the one the gazetteer knows so
            # 多米宁, read as a person, is 多米宁投票公司's short form: the entity is of its key's kind
            kind = _KINDS.get(key.partition(":")[0], s.kind)
            f = found.setdefault(key, _Found(key, kind, s.name, s.type if kind is s.kind else kind.value))
            f.surfaces.add(s.name)
            f.surfaces.update(s.aliases)
            if s.type and s.type != s.kind.value and s.kind is f.kind:
                f.type = s.type
            return key

        for part in doc:
            spans = sentences(part.text)
            starts = [a for a, _ in spans]
            for s in sorted(part.chosen, key=lambda s: s.start):
                key = register(s)
                i = bisect_right(starts, s.start) - 1  # a lookup per mention: 1 MB paragraphs stay linear
                sent = spans[i] if i >= 0 and s.start < spans[i][1] else (0, len(part.text))
                mentions.append(Mention(part.name, s.start, s.end, part.text[s.start:s.end], key, *sent))
                mentions += [Mention(part.name, p.start, p.end, part.text[p.start:p.end], register(p), *sent)
                             for p in posted_places(s, part.folded, self.gaz)]
                for kind, value in s.facts:
                    if isinstance(value, Span):
                        facts.add(Fact(key, kind, register(value), part.name))
                    else:  # words of the text, as the article writes them
                        facts.add(Fact(key, kind, part.text[value[0]:value[1]], part.name))
            facts.update(self._containment(part, register))
        return Extraction(entities=self._entities(found), mentions=tuple(sorted(set(mentions))),
                          facts=tuple(sorted(facts)))

    def _containment(self, part: _Part, register) -> list[Fact]:
        """中国东北边境城市黑河: 黑河 lies in China (where the gazetteer does not already say where)."""
        out = []
        places_by_end = {s.end: s for s in part.chosen if s.kind is PLACE}
        tok = part.tok
        for s in part.chosen:
            if s.kind is not PLACE or s.start not in tok.at_start:
                continue
            known = self.gaz.entities.get(s.key)
            if known is not None and known.within:
                continue
            i = tok.at_start[s.start]
            steps = 0
            while i > 0 and steps < 4 and tok.words[i - 1] in lx.WITHIN_WORDS:
                i -= 1
                steps += 1
            outer = places_by_end.get(tok.starts[i]) if steps else None
            if outer is not None and outer.type == "Country" and outer is not s:
                out.append(Fact(register(s), FactKind.CONTAINED_IN, register(outer), part.name))
        return out

    def _entities(self, found: dict[str, _Found]) -> tuple[Entity, ...]:
        out: dict[str, Entity] = {}
        for key, f in found.items():
            known = self.gaz.entities.get(key)
            if known is not None:
                extra = tuple(sorted(x for x in f.surfaces if x != known.name and x not in known.aliases))
                out[key] = _replace_aliases(known, known.aliases + extra)
            else:
                # the name the key was made from, where the article wrote it (斯诺 first, in a heading,
                # then 埃德加·斯诺: the person is 埃德加·斯诺), else the first written
                name = minted if (minted := key.partition(":")[2]) in f.surfaces else f.name
                out[key] = Entity(key=key, kind=f.kind, name=name, type=f.type or f.kind.value,
                                  aliases=tuple(sorted(x for x in f.surfaces if x != name)))
        # The places these lie in, so that the graph can say so.
        for e in list(out.values()):
            container = self.gaz.entities.get(e.within)
            if container is not None:
                out.setdefault(container.key, container)
        return tuple(out[k] for k in sorted(out))


# Short names the gazetteer must not search text for (万人大游行, 令人大失所望), which name the body where
# the trained tagger reads them as one (去年的人大会议).
_TAGGED_SHORT_NAMES = {"人大": "全国人民代表大会"}
_KINDS = {k.value: k for k in EntityKind}  # a minted key's prefix (Organization:多米宁投票公司)


def _key_of(s: Span, aliases: dict[str, str]) -> str:
    """The entity a span names: the gazetteer's (a bare head, 国务院, is the article's only body with
    that head, 美国国务院), else its full name's (帕特鲁舍夫 → 尼古拉·帕特鲁舍夫), else its own."""
    if s.key and s.name in aliases and s.name in lx.ORG_HEADS and is_government(s.name):  # not 民主党
        return aliases[s.name]
    return s.key or aliases.get(s.name, s.entity_key())


def _appositions(part: _Part) -> None:
    """"俄罗斯通讯社国际文传电讯社": a description, then the name. The organization is the named one,
    and it keeps what the description said of it (where it is)."""
    orgs_at = {s.start: s for s in part.chosen if s.kind is EntityKind.ORGANIZATION}
    for s in part.chosen:  # a copy: give_way changes what is chosen
        named = orgs_at.get(s.end)
        if s.kind is EntityKind.ORGANIZATION and named is not None and not s.key and (
                s.rank == COMPOUND or (s.rank == MODEL and named.key and s.name.endswith(lx.DESCRIBING_HEADS))):
            # the tagger's 中国官方新闻社 before 新华社, which the gazetteer knows: a description too
            named.facts.extend(f for f in s.facts if f[0] is FactKind.LOCATION)
            part.give_way([s])


@dataclass(slots=True)
class _Found:
    key: str
    kind: EntityKind
    name: str
    type: str
    surfaces: set[str] = field(default_factory=set)


def _replace_aliases(e: Entity, aliases: tuple[str, ...]) -> Entity:
    return replace(e, aliases=aliases)


def _known_at(part: _Part, start: int, end: int, kind: EntityKind) -> Span | None:
    """What the gazetteer knows, of this kind, taken at exactly start..end: a town or an organization
    that gives way where the article names a person so (one name, one sense in one article)."""
    s = part.by_start.get(start)
    return s if s is not None and s.end == end and s.kind is kind and s.key else None
