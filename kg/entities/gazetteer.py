"""The gazetteer: names the extractor knows, with their identifiers.

The bundled part is four files in kg/data: places.tsv (generated from library data by
tools/build_gazetteer.py, every row naming its source), organizations.tsv, regions.tsv and people.tsv
(names only), and aliases.tsv, more names for the entries of the others. A user adds to it, or
overrides a name, with TSV files of their own in the same columns (see README): later files win a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib.resources import files
from pathlib import Path

import ahocorasick

from kg.entities.fold import fold, normalize_name
from kg.entities.lexicon import FACILITIES
from kg.errors import GazetteerError
from kg.model import Entity, EntityKind

BUNDLED = ("places.tsv", "regions.tsv", "organizations.tsv", "people.tsv")
# More names for places the generated places.tsv holds (神户 for 神户市), which a generated file cannot
# take by hand: name_zh is the entry's own name, aliases the names added to it.
ALIASES = "aliases.tsv"
NAMESAKES = "namesakes.tsv"  # places that share a name with a better-known one
KNOWN_COLUMNS = ("kind", "type", "name_zh", "name_en", "aliases", "wikidata", "geonames", "lat", "lon", "within",
                 "population", "source")
TYPES = {
    EntityKind.PERSON: {"Person"},
    EntityKind.PLACE: {"Place", "Country", "City", "AdministrativeArea", "Continent", "State",
                       "BodyOfWater", "Landform", *(t for t in FACILITIES.values() if t)},  # 靖国神社: PlaceOfWorship
    EntityKind.ORGANIZATION: {"Organization", "GovernmentOrganization", "NewsMediaOrganization", "NGO",
                              "Corporation", "EducationalOrganization"},
}
_QID = re.compile(r"^Q[1-9][0-9]*$")
_LATIN = re.compile(r"[A-Za-z0-9]")


def entity_key(kind: EntityKind, name: str, wikidata: str = "", geonames: str = "") -> str:
    """Identity: the identifier when there is one, else the kind and the normalised name."""
    if wikidata:
        return f"wikidata:{wikidata}"
    if geonames:
        return f"geonames:{geonames}"
    return f"{kind.value}:{normalize_name(name)}"


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    key: str


class Gazetteer:
    """Entities by key, and an automaton over every name they go by (folded, as text is)."""

    def __init__(self, entities: Iterable[Entity], namesakes: Iterable[Entity] = ()) -> None:
        self.entities: dict[str, Entity] = {}
        surfaces: dict[str, str] = {}
        for e in entities:
            # A later entry that takes an earlier entity's own name replaces that entity outright: its
            # other names follow (a user's 北京 takes 北京市 along, not leaving it to the old node).
            replaced = self.entities.get(surfaces.get(fold(e.name), ""))
            if replaced is not None and replaced.key != e.key and fold(replaced.name) == fold(e.name):
                for name in replaced.aliases:
                    if surfaces.get(fold(name)) == replaced.key:
                        surfaces[fold(name)] = e.key
            self.entities[e.key] = e
            for name in (e.name, *e.aliases):
                surfaces[fold(name)] = e.key  # a later file wins a name
                for variant in _case_variants(name):
                    surfaces.setdefault(fold(variant), e.key)
            # English names too, for mixed-script text ("NATO", "Xi Jinping"); not those of towns and
            # provinces, which the English-speaking world shares out many times over (Washington).
            if len(e.name_en) >= 3 and (e.kind is not EntityKind.PLACE or e.type in ("Country", "Continent")):
                surfaces[fold(e.name_en)] = e.key
        self.surfaces = surfaces
        # Other places a name may stand for, chosen by the article's context (kg.entities.context);
        # they take no name from the entities above.
        self.namesakes: dict[str, tuple[str, ...]] = {}
        for e in namesakes:
            self.entities.setdefault(e.key, e)
            for name in (e.name, *e.aliases):
                self.namesakes[fold(name)] = (*self.namesakes.get(fold(name), ()), e.key)
        self._automaton = ahocorasick.Automaton()
        for surface, key in surfaces.items():
            if len(surface) >= 2:
                self._automaton.add_word(surface, (len(surface), key))
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.entities)

    def named(self, surface: str) -> Entity | None:
        """The entity this (folded) name stands for, if the gazetteer knows it."""
        return self.entities.get(self.surfaces.get(surface, ""))

    def find(self, folded: str) -> Iterator[Hit]:
        """Every occurrence of every name (overlapping ones too); Latin names only as whole words."""
        if not len(self._automaton):
            return
        for last, (length, key) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if _LATIN.match(folded[start]) and (
                    (start and _LATIN.match(folded[start - 1]))
                    or (end < len(folded) and _LATIN.match(folded[end]))):
                continue
            yield Hit(start, end, key)


def _case_variants(name: str) -> tuple[str, ...]:
    """A brand written with inner capitals is often written without them (Youtube, Tiktok)."""
    if not (name.isascii() and len(name) >= 4 and name.isalpha() and any(c.isupper() for c in name[1:])):
        return ()
    return name.capitalize(), name.lower()


def load(extra: Iterable[Path] = ()) -> Gazetteer:
    """The bundled gazetteer, then each user file in turn."""
    entities: list[Entity] = []
    data = files("kg.data")
    placed: list[tuple[str, int, Entity]] = []  # entries that say where they lie by name (美国)
    for name in BUNDLED:
        text = data.joinpath(name).read_text(encoding="utf-8").splitlines()
        for no, e in _read(text, f"kg/data/{name}"):
            entities.append(e)
            if e.within and ":" not in e.within:
                placed.append((f"kg/data/{name}", no, e))
    entities = _more_names(entities, data.joinpath(ALIASES).read_text(encoding="utf-8").splitlines())
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")  # a BOM, as some editors write, is no column
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(str(path), f"cannot read gazetteer: {exc}") from exc
        for no, e in _read(text.splitlines(), str(path)):
            entities.append(e)
            if e.within:
                placed.append((str(path), no, e))
    namesakes = [e for _, e in _read(data.joinpath(NAMESAKES).read_text(encoding="utf-8").splitlines(),
                                     f"kg/data/{NAMESAKES}")]
    gaz = Gazetteer(entities, namesakes)
    for source, no, e in placed:
        key = e.within if e.within in gaz.entities else gaz.surfaces.get(fold(normalize_name(e.within)), "")
        if gaz.entities.get(key) is None or gaz.entities[key].kind is not EntityKind.PLACE:
            raise GazetteerError(source, f"line {no}: within {e.within!r} is not a place the gazetteer knows "
                                         "(give its name, or a key such as wikidata:Q148)")
        gaz.entities[e.key] = replace(gaz.entities[e.key], within=key)
    return gaz


def _more_names(entities: list[Entity], lines: list[str]) -> list[Entity]:
    """The bundled entities with the names kg/data/aliases.tsv adds to those it names (kind and name)."""
    index = {(e.kind, e.name): i for i, e in enumerate(entities)}
    out = list(entities)
    for no, e in _read(lines, f"kg/data/{ALIASES}"):
        i = index.get((e.kind, e.name))
        if i is None:
            raise GazetteerError(f"kg/data/{ALIASES}", f"line {no}: no bundled {e.kind.value} is named {e.name!r}")
        out[i] = replace(out[i], aliases=tuple(dict.fromkeys((*out[i].aliases, *e.aliases))))
    return out


def _read(lines: list[str], source: str) -> Iterator[tuple[int, Entity]]:
    numbered = [(i, line.rstrip("\r")) for i, line in enumerate(lines, 1)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        return
    header_no, header = numbered[0]
    columns = header.split("\t")
    if "kind" not in columns or "name_zh" not in columns:
        raise GazetteerError(source, f"line {header_no}: the header must name the columns 'kind' and "
                                 f"'name_zh' (tab-separated), it has {columns}")
    unknown = [c for c in columns if c not in KNOWN_COLUMNS]
    if unknown:
        raise GazetteerError(source, f"line {header_no}: unknown column(s) {unknown}; the columns are "
                                 f"{', '.join(KNOWN_COLUMNS)}")
    for no, line in numbered[1:]:
        row = line.split("\t")
        yield no, _entity(dict(zip(columns, row, strict=False)), source, no, len(row), len(columns))


def _entity(row: dict[str, str], source: str, no: int, width: int, expected: int) -> Entity:
    def bad(reason: str) -> GazetteerError:
        return GazetteerError(source, f"line {no}: {reason}")

    if width > expected:
        raise bad(f"{width} columns, the header has {expected}")
    try:
        kind = EntityKind(row.get("kind", "").strip())
    except ValueError:
        raise bad(f"kind {row.get('kind')!r} is not one of Person, Place, Organization") from None
    name = normalize_name(row.get("name_zh", ""))
    if not name:
        raise bad("name_zh is empty")
    type_ = row.get("type", "").strip() or kind.value
    if type_ not in TYPES[kind]:
        raise bad(f"type {type_!r} is not a type of {kind.value} ({', '.join(sorted(TYPES[kind]))})")
    wikidata = row.get("wikidata", "").strip()
    if wikidata and not _QID.match(wikidata):
        raise bad(f"wikidata {wikidata!r} is not a Wikidata item ID like Q148")
    geonames = row.get("geonames", "").strip()
    if geonames and not (geonames.isascii() and geonames.isdigit()):
        raise bad(f"geonames {geonames!r} is not a GeoNames ID (digits)")
    if geonames and kind is not EntityKind.PLACE:
        raise bad("only places have GeoNames IDs")
    lat, lon = _coordinate(row.get("lat", ""), 90, bad), _coordinate(row.get("lon", ""), 180, bad)
    if (lat is None) != (lon is None):
        raise bad("give both lat and lon, or neither")
    aliases = tuple(dict.fromkeys(a for a in (normalize_name(x) for x in row.get("aliases", "").split("|"))
                                  if a and a != name))
    return Entity(key=entity_key(kind, name, wikidata, geonames), kind=kind, name=name, type=type_,
                  name_en=row.get("name_en", "").strip(), aliases=aliases, wikidata=wikidata,
                  geonames=geonames, lat=lat, lon=lon, within=row.get("within", "").strip(),
                  population=_population(row.get("population", ""), bad))


def _population(text: str, bad) -> int:
    text = text.strip()
    if not text:
        return 0
    if not (text.isascii() and text.isdigit()):
        raise bad(f"population {text!r} is not a whole number")
    return int(text)


def _coordinate(text: str, limit: float, bad) -> float | None:
    if not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        raise bad(f"{text!r} is not a number") from None
    if not -limit <= value <= limit:
        raise bad(f"{text} is out of range ±{limit}")
    return value
