"""Literal properties as small field tables, written by one helper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import XSD
from kg.text import has_han


class Kind(Enum):
    TEXT = "text"  # language-tagged with the article's language
    NAME = "name"  # tagged by its script: Han -> the article's language, Latin -> en
    TOKEN = "token"  # a plain string (codes, hashes, paths)
    INT = "int"
    DECIMAL = "decimal"  # a float to five decimals (coordinates: about a metre), in canonical form
    DATETIME = "datetime"
    IRI = "iri"


@dataclass(frozen=True, slots=True)
class Field:
    predicate: URIRef
    get: Callable[[Any], Any]
    kind: Kind


def script_tag(text: str, lang: str) -> str:
    """Han text: the article's Chinese tag (plain "zh" in an article that is not Chinese);
    anything else: "en"."""
    if has_han(text):
        return lang if lang.startswith("zh") else "zh"
    return "en"


def datetime_literal(value: datetime) -> Literal:
    spec = "milliseconds" if value.microsecond else "seconds"
    return Literal(value.isoformat(timespec=spec), datatype=XSD.dateTime)


def to_term(value: Any, kind: Kind, lang: str) -> Node | None:
    if value is None or value == "":
        return None
    match kind:
        case Kind.TEXT:
            # Text in the article's language; Han text in a non-Chinese article is tagged zh.
            return Literal(value, lang=script_tag(value, lang) if not lang.startswith("zh") else lang)
        case Kind.NAME:
            return Literal(value, lang=script_tag(value, lang))
        case Kind.TOKEN:
            return Literal(str(value))
        case Kind.INT:
            return Literal(int(value), datatype=XSD.integer)
        case Kind.DECIMAL:
            # The canonical form (no trailing zeros), which triple stores keep: files and store agree.
            text = f"{value:.5f}".rstrip("0").rstrip(".")
            return Literal("0" if text in ("-0", "") else text, datatype=XSD.decimal)
        case Kind.DATETIME:
            return datetime_literal(value)
        case Kind.IRI:
            return URIRef(value)
    raise ValueError(kind)


def emit(g: Graph, subject: URIRef, obj: Any, fields: tuple[Field, ...], lang: str) -> None:
    """Add each field's value (or values, when it gives a tuple) that is not empty."""
    for f in fields:
        value = f.get(obj)
        for v in value if isinstance(value, tuple) else (value,):
            term = to_term(v, f.kind, lang)
            if term is not None:
                g.add((subject, f.predicate, term))
