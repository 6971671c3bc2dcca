"""The typed records that stages hand each other. No RDF here: mappers turn these into triples."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Layout(StrEnum):
    """Which markup family an item was read with (see kg.reading.layouts)."""

    SEED = "seed"  # <address>, <time pudate>, <figure>, <section>, <footer>
    OLD_NYT = "old-nyt"  # <div><i>AUTHOR<br>date</i></div>, bare <img>
    ZH_HANS_SITE = "zh-hans-site"  # <section name="articleBody">, <picture srcSet>
    PLAIN = "plain"  # other newsrooms: paragraphs, bare images, maybe a video
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Image:
    url: str  # the original image, unwrapped from any proxy
    width: int | None = None
    height: int | None = None
    caption: str | None = None
    credit: str | None = None
    photographer: str | None = None  # a person named by the credit, when it names one


@dataclass(frozen=True, slots=True)
class Biography:
    """One author's footer paragraph, with what could be read out of it."""

    text: str
    links: tuple[Link, ...] = ()
    name_zh: str | None = None
    name_latin: str | None = None
    job_title: str | None = None
    works_for: str | None = None


@dataclass(frozen=True, slots=True)
class Author:
    """An author as the byline writes them, joined to their biography when one matches."""

    byline: str
    name_zh: str | None = None
    name_latin: str | None = None  # properly cased, from the biography where it gives one
    biography: Biography | None = None


@dataclass(frozen=True, slots=True)
class RawItem:
    """One feed item as it came in: before any HTML is read."""

    source: str  # path as given (posix), "-" for stdin, "feed.xml#3" for the 3rd feed entry
    sha256: str  # of the item's own bytes
    html: str
    headline: str | None = None
    url: str | None = None
    feed_time: datetime | None = None  # the feed item's pubDate (header comment or <pubDate>)


@dataclass(frozen=True, slots=True)
class Article:
    url: str
    headline: str
    language: str  # BCP 47: zh-Hans, zh-Hant or en
    layout: Layout
    source: str
    sha256: str
    published: datetime | None = None  # timezone-aware
    feed_time: datetime | None = None  # timezone-aware (UTC)
    authors: tuple[Author, ...] = ()
    image: Image | None = None
    captions: tuple[str, ...] = ()  # of the other pictures in the story (the lead's is image.caption)
    paragraphs: tuple[Paragraph, ...] = ()
    biographies: tuple[Biography, ...] = ()
    translators: tuple[str, ...] = ()
    original_url: str | None = None  # the original-language version this one translates
    # The day the page shows and its URL's date agree on, where the publication time is a later
    # re-posting (a 2012 article with a 2024 pudate): the day the text's 去年 counts from.
    first_published: date | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs if p.text)


class EntityKind(StrEnum):
    """The core schema.org class of a mentioned entity (the precise one is Entity.type)."""

    PERSON = "Person"
    PLACE = "Place"
    ORGANIZATION = "Organization"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, place or organization, as the gazetteer or the text knows it."""

    key: str  # identity: "geonames:524901", "wikidata:Q148", or "Person:name" when unlinked
    kind: EntityKind
    name: str  # the canonical Chinese name
    type: str = ""  # precise schema.org class, e.g. "Country", "City", "GovernmentOrganization"
    name_en: str = ""
    aliases: tuple[str, ...] = ()  # other names: the gazetteer's, and other forms the text used
    wikidata: str = ""  # "Q148"
    geonames: str = ""  # "1814991"
    lat: float | None = None
    lon: float | None = None
    within: str = ""  # the key of the place this one lies in (a city's country)
    population: int = 0  # a place's, where the gazetteer gives it (0: unknown); weighs namesakes


class FactKind(StrEnum):
    """What the text says about an entity, in schema.org's terms."""

    JOB_TITLE = "jobTitle"  # value: the title, as text
    NATIONALITY = "nationality"  # value: a country's key
    AFFILIATION = "affiliation"  # value: an organization's key
    CONTAINED_IN = "containedInPlace"  # value: a place's key
    LOCATION = "location"  # an organization's place; value: a place's key


@dataclass(frozen=True, slots=True, order=True)
class Fact:
    subject: str  # an entity key
    kind: FactKind
    value: str
    part: str  # where the text says so: "headline", "caption" or "p1", "p2", ...


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """One place in the text that names an entity; offsets are characters, end exclusive."""

    part: str  # "headline", "caption" or "p1", "p2", ... (1-based paragraph number)
    start: int
    end: int
    text: str
    key: str  # the entity's key
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as precisely as the text says: one day (start == end), a range of
    days, a month or a year (precision "day", "month", "year")."""

    start: date
    end: date
    precision: str


class EventKind(StrEnum):
    """The kinds of event kg reads (kg.events.triggers), each a kg: class in ontology/kg.ttl under
    its ACE 2005 class (or, for what news needs beyond ACE, directly under schema:Event)."""

    MEETING = "Meeting"
    PHONE_CALL = "PhoneCall"
    SUMMIT = "Summit"
    VISIT = "Visit"
    TRANSPORT = "Transport"  # a move, flight or return of people (ACE Movement.Transport)
    STATEMENT = "Statement"
    PROTEST = "Protest"
    ATTACK = "Attack"
    DEATH = "Death"
    ARREST = "Arrest"
    CHARGE = "Charge"
    TRIAL = "Trial"
    SENTENCE = "Sentence"
    RULING = "Ruling"
    INVESTIGATION = "Investigation"
    LAWSUIT = "Lawsuit"
    ELECTION = "Election"
    VOTE = "Vote"
    APPOINTMENT = "Appointment"
    RESIGNATION = "Resignation"
    LEGISLATION = "Legislation"
    POLICY_MEASURE = "PolicyMeasure"
    AGREEMENT = "Agreement"
    DEAL = "Deal"
    LAUNCH = "Launch"
    RELEASE = "Release"
    DISASTER = "Disaster"
    ACCIDENT = "Accident"
    CRISIS = "Crisis"
    OPENING = "Opening"
    WAR = "War"
    FOUNDING = "Founding"
    DISSOLUTION = "Dissolution"
    ACCESSION = "Accession"
    BIRTH = "Birth"
    MARRIAGE = "Marriage"
    DIVORCE = "Divorce"
    GRADUATION = "Graduation"
    INJURY = "Injury"
    ILLNESS = "Illness"
    MONEY_TRANSFER = "MoneyTransfer"
    CUSTODY_RELEASE = "CustodyRelease"
    CONVICTION = "Conviction"
    FINE = "Fine"
    EXECUTION = "Execution"
    EXTRADITION = "Extradition"
    ACQUITTAL = "Acquittal"
    APPEAL = "Appeal"
    PARDON = "Pardon"
    OCCURRENCE = "Occurrence"  # a dated happening no narrower kind names (kg.events.happenings)


@dataclass(frozen=True, slots=True)
class Event:
    """An event an article reports: its kind, label, date, who took part, where, and the sentence."""

    key: str  # identity across articles: kind, month, participants and place (see kg.events)
    kind: EventKind
    name: str  # a short label in the article's words: 习近平与普京通电话
    when: EventDate | None = None
    date_text: str = ""  # a date the text gives that could not be resolved (数天前), kept as text
    attendees: tuple[str, ...] = ()  # entity keys (people and organizations)
    organizer: str = ""  # entity key
    location: str = ""  # entity key of a place
    about: tuple[str, ...] = ()  # countries the event is between (an attack): entity keys
    concerns: tuple[str, ...] = ()  # who or what else its sentences name (its object, target, setting): entity keys
    works: tuple[str, ...] = ()  # titles of the works it releases, launches or enacts (《哪吒2》上映)
    description: str = ""  # the sentence it comes from
    main: bool = False  # the event the article is about
    name_en: str = ""  # an English name, for a named historical event (kg.events.named)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor found in one document: entities (mentioned, or referred to by a
    fact), every mention with its evidence, the facts, and the events (whose trigger words are
    mentions too, keyed by the event)."""

    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    facts: tuple[Fact, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()  # said once per document

    def mentioned(self) -> tuple[Entity, ...]:
        """The entities the document names. A place it names only by one-character short forms,
        as in a word (美 of 中美之间, 日 of 抗日, 欧 of 欧美), is referred to, not named: careful
        readers do not list it, and its mentions stay as evidence of what the word refers to."""
        keys = {m.key for m in self.mentions}
        named = {m.key for m in self.mentions if len(m.text) > 1}
        return tuple(e for e in self.entities if e.key in keys
                     and (e.kind is not EntityKind.PLACE or e.key in named))
